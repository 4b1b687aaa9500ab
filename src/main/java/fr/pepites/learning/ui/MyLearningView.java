package fr.pepites.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.learning.LearningLedger;
import fr.pepites.ui.Download;
import fr.pepites.ui.FieldErrors;
import jakarta.annotation.security.PermitAll;

/** A staff member's own learning record ("formation/releve"), for every logged-in user, with its CSV export. */
@Route("formation/releve")
@PageTitle("Mon relevé de formation · PEPITES")
@PermitAll
public class MyLearningView extends VerticalLayout {

    private final LearningLedger ledger;
    private final Div record = new Div();
    private final PeriodFilter period = new PeriodFilter(this::refresh);
    private final FieldErrors errors = period.errors();

    MyLearningView(LearningLedger ledger) {
        this.ledger = ledger;
        record.setWidthFull();
        add(new H2(getTranslation("learning.mine.title")), new Paragraph(getTranslation("learning.mine.intro")),
                errors.summary(), period,
                Download.csv(getTranslation("learning.csv"), "releve-formation.csv",
                        () -> period.export((from, to) -> ledger.myRecordCsv(from, to, this::getTranslation))),
                Download.of(getTranslation("learning.attestation"), "attestation-formation.pdf", "application/pdf",
                        () -> period.export((from, to) -> ledger.myAttestation(from, to, this::getTranslation))),
                record);
        refresh();
    }

    private void refresh() {
        record.removeAll();
        errors.run(() -> {
            LearningLedger.LearningRecord mine = ledger.myRecord(period.from.getValue(), period.to.getValue());
            record.removeAll();
            record.add(new RecordPanel(mine, getTranslation("learning.mine.empty.next")));
        });
    }
}
