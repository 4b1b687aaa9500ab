package fr.pepites.parcours;

import java.time.LocalDate;

/** A parcours as lists show it. */
public record ParcoursRow(long id, String reference, String personName, String siaeName, String jobTitle,
        ContractKind contract, LocalDate startDate, LocalDate plannedEnd, LocalDate passEnd, ParcoursStatus status) {

    static ParcoursRow of(Parcours p) {
        return new ParcoursRow(p.getId(), p.businessKey(), p.getPerson().getFullName(), p.getSiae().getName(),
                p.getJobTitle().getName(), p.getContractType(), p.getStartDate(), p.getPlannedEnd(),
                p.getPass().getEndDate(), p.getStatus());
    }

    /**
     * The status as people read it: "parcours.status.UPCOMING" ("À venir") for a contract not yet begun, the
     * status's own label otherwise ("parcours.status.IN_PROGRESS").
     */
    public String statusLabelKey(LocalDate today) {
        boolean upcoming = status == ParcoursStatus.IN_PROGRESS && startDate.isAfter(today);
        return "parcours.status." + (upcoming ? "UPCOMING" : status.name());
    }

    /** Under contract and ending within three months: its review is due. */
    public boolean endingSoon(LocalDate today) {
        return status.isCurrent() && !plannedEnd.isAfter(today.plusMonths(3));
    }
}
