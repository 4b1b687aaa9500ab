package fr.pepites.parcours;

import java.util.List;
import java.util.Set;

/**
 * The end-of-parcours review: the competences acquired (each a badge proposal), the exit project, and what follows: a
 * hand-back to a CEP operator (with the person's consent) and introductions to partner employers.
 */
public record ReviewData(List<Competence> competences, String exitProject, String targetJobTitleCode,
        Long handBackCepId, boolean handBackConsent, Set<Long> employerIds) {

    /** A competence acquired: a job title of the reference data, a free skill, or both; and its evidence. */
    public record Competence(String jobTitleCode, String skill, String evidence) {
    }
}
