package fr.pepites.matching;

import java.util.List;

/**
 * One line of the workbench: a person, the job proposed (or none), and why.
 *
 * @param id the proposal's id (the referral's file number)
 * @param vacancyId the vacancy's database id; null when the person has no proposal
 * @param vacancyLabel the job title; null when the person has no proposal
 * @param distanceKm null without a proposal
 * @param romeFit "Même code", "Même domaine" or "Autre métier"; null without a proposal
 * @param impact what the proposal adds to the soft score (its share of the spread included)
 * @param acceptable a proposal every hard rule allows, not yet decided
 * @param reasons each constraint it satisfies or breaks, with its score impact
 */
public record ProposalRow(String id, String person, Long vacancyId, String vacancyLabel, String siaeName, Integer distanceKm,
        String romeFit, int waitingDays, long impact, Decision decision, boolean pinned, boolean acceptable,
        List<Reason> reasons) {

    /** What the coordinator decided about a proposal. */
    public enum Decision {
        PROPOSED, ACCEPTED, REJECTED, NONE
    }

    /** One constraint's part in a proposal's score. */
    public record Reason(String constraint, long hard, long soft, String detail) {
    }

    public boolean hasProposal() {
        return vacancyLabel != null;
    }
}
