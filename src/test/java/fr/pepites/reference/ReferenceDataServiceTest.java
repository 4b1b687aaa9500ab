package fr.pepites.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.pepites.PepitesSpringTest;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@PepitesSpringTest
class ReferenceDataServiceTest {

    private static final String PESSAC = "33318";
    private static final String DAX = "40088";
    private static final String ANGOULEME = "16015";

    @Autowired
    ReferenceDataService referenceData;

    @Test
    void pessacIsAbout126KilometresFromDax() {
        Distance distance = referenceData.distance(PESSAC, DAX);
        assertThat(distance.kilometres()).isCloseTo(126.0, within(1.0));
        assertThat(distance.approximate()).isFalse();
    }

    @Test
    void pessacIsAbout112KilometresFromAngouleme() {
        assertThat(referenceData.distance(PESSAC, ANGOULEME).kilometres()).isCloseTo(112.0, within(1.0));
    }

    @Test
    void aCommuneWithoutCoordinatesSitsAtItsDepartementCentroidAndIsFlaggedApproximate() {
        // L'Abergement-Clémenciat (Ain) has no coordinates in the source data.
        Commune withoutCoordinates = referenceData.findCommune("01001").orElseThrow();
        assertThat(withoutCoordinates.isApproximate()).isTrue();
        assertThat(withoutCoordinates.getLatitude()).isBetween(45.6, 46.6);
        assertThat(withoutCoordinates.getLongitude()).isBetween(4.7, 6.2);
        Distance distance = referenceData.distance("01001", PESSAC);
        assertThat(distance.approximate()).isTrue();
        assertThat(distance.label()).contains("position approximative");
    }

    @Test
    void allCommunesAndJobTitlesAreLoaded() {
        assertThat(referenceData.searchCommunes("", PageRequest.of(0, 1)).getTotalElements()).isEqualTo(34_969);
        assertThat(referenceData.searchJobTitles("", PageRequest.of(0, 1)).getTotalElements()).isEqualTo(11_061);
    }

    @Test
    void findsCommunesByTheBeginningOfTheirNameWithoutAccentsLargestFirst() {
        var found = referenceData.searchCommunes("angoul", PageRequest.of(0, 5)).getContent();
        assertThat(found).first().extracting(Commune::getName).isEqualTo("Angoulême");
    }

    @Test
    void findsCommunesByPostalCode() {
        var found = referenceData.searchCommunes("33600", PageRequest.of(0, 5)).getContent();
        assertThat(found).extracting(Commune::getName).contains("Pessac");
    }

    @Test
    void findsJobTitlesByRomeCodeAndByWords() {
        var byCode = referenceData.searchJobTitles("K1801", PageRequest.of(0, 50)).getContent();
        assertThat(byCode).isNotEmpty().allSatisfy(job -> assertThat(job.getRome().getCode()).isEqualTo("K1801"));
        var byWords = referenceData.searchJobTitles("encadrant technique", PageRequest.of(0, 50)).getContent();
        assertThat(byWords).isNotEmpty()
                .allSatisfy(job -> assertThat(SearchText.normalize(job.getName())).matches(".*encadrant.*technique.*"));
    }

    @Test
    void anUnknownCommuneIsRefusedWithAFrenchMessage() {
        assertThatThrownBy(() -> referenceData.requireCommune("99999", "communeCode"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageFor("communeCode"))
                        .startsWith("Commune inconnue"));
    }
}
