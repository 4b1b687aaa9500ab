package fr.pepites.matching;

import fr.pepites.reference.Position;
import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Licence;
import fr.pepites.vacancy.VacancyKind;
import java.time.LocalDate;
import java.util.Set;

/**
 * An open vacancy with free seats, as the solver sees it (a problem fact).
 *
 * @param id the vacancy's reference (V-12), or a pseudonym in an exported instance
 * @param vacancyId the vacancy's database id; null when read from an instance file
 * @param label the job title, for people reading proposals
 * @param siaeId the SIAE offering it (its database id as text, or a pseudonym)
 * @param siaeName the SIAE's name, for people reading proposals
 * @param siaeKind the kind of SIAE, which sets the eligibility rule for insertion jobs
 * @param kind insertion job or staff job
 * @param romeCode the job's ROME code
 * @param position where the job is
 * @param seats free seats (at least 1)
 * @param latestAvailability the latest date a person may become available and still be proposed: the job's start
 *     plus the tolerance of the settings; null when the job has no start date
 * @param requiredLicences the licences the job needs
 */
public record MatchVacancy(String id, Long vacancyId, String label, String siaeId, String siaeName, SiaeKind siaeKind,
        VacancyKind kind, String romeCode, Position position, int seats, LocalDate latestAvailability,
        Set<Licence> requiredLicences) {

    public MatchVacancy {
        requiredLicences = Set.copyOf(requiredLicences);
    }

    @Override
    public String toString() {
        return id;
    }
}
