package fr.pepites.parcours;

import fr.pepites.directory.PersonData;
import java.time.LocalDate;

/**
 * A parcours recorded by hand by its SIAE, for someone hired outside the platform: an existing person
 * ({@code personId}) or a new one ({@code newPerson}, through the directory's duplicate check), the job, the start
 * and the contract's terms.
 */
public record ParcoursData(Long personId, PersonData newPerson, boolean notADuplicate, String jobTitleCode,
        LocalDate startDate, ContractTerms terms) {
}
