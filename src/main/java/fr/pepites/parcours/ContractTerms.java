package fr.pepites.parcours;

import java.time.LocalDate;

/** The terms of an insertion contract as the SIAE gives them at the hiring; the PASS number only for a first hire. */
public record ContractTerms(ContractKind contract, LocalDate plannedEnd, Integer weeklyHours, String passNumber) {
}
