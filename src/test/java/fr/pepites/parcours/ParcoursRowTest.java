package fr.pepites.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.ui.PepitesI18NProvider;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParcoursRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aHireInTheFutureReadsUpcomingNotInProgress() {
        String key = row(TODAY.plusDays(1), ParcoursStatus.IN_PROGRESS).statusLabelKey(TODAY);
        assertThat(new PepitesI18NProvider().getTranslation(key, PepitesI18NProvider.FRENCH)).isEqualTo("À venir");
    }

    @Test
    void aContractBegunTodayReadsInProgress() {
        assertThat(row(TODAY, ParcoursStatus.IN_PROGRESS).statusLabelKey(TODAY)).isEqualTo("parcours.status.IN_PROGRESS");
        assertThat(row(TODAY.plusDays(1), ParcoursStatus.CLOSED).statusLabelKey(TODAY)).isEqualTo("parcours.status.CLOSED");
    }

    private static ParcoursRow row(LocalDate start, ParcoursStatus status) {
        return new ParcoursRow(1, "PAR-1", "Alex Martin", "Atelier", "Vendeur", ContractKind.CDDI, start,
                start.plusMonths(12), start.plusMonths(24), status);
    }
}
