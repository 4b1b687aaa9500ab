package fr.pepites.workbench;

import java.util.List;
import java.util.Map;

/**
 * One line of a workbench: what is placed (a person, a request), what is proposed (or nothing), the facts the
 * coordinator compares, and why it scores so.
 *
 * @param id the subject's id (a file number)
 * @param subject what the coordinator reads of it, e.g. "ORI-12 · Léa Martin"
 * @param proposal what is proposed, e.g. "Agent de tri (Atelier Vélo)"; null without a proposal
 * @param proposalKey what is proposed, as the feature knows it (e.g. "V-7"); null without a proposal
 * @param facts the feature's columns by key (distance, dates…), in the order the grid shows them
 * @param impact what the proposal adds to the soft score
 * @param acceptable a proposal every hard rule allows, not yet decided
 * @param reasons each constraint it satisfies or breaks, with its score impact
 */
public record WorkbenchRow(String id, String subject, String proposal, String proposalKey, Map<String, Fact> facts,
        long impact, Decision decision, boolean pinned, boolean acceptable, List<Reason> reasons) {

    /** What the coordinator decided about a proposal. */
    public enum Decision {
        PROPOSED, ACCEPTED, REJECTED, NONE
    }

    /** One constraint's part in a proposal's score. */
    public record Reason(String constraint, long hard, long soft, String detail) {
    }

    /** A column's value: its text, and the number it sorts by. */
    public record Fact(String text, long sortKey) {

        public static Fact of(String text) {
            return new Fact(text, 0);
        }
    }

    /** This line once its proposal is accepted: decided, kept as it is, no longer to review. */
    public WorkbenchRow accepted() {
        return new WorkbenchRow(id, subject, proposal, proposalKey, facts, impact, Decision.ACCEPTED, true, false,
                reasons);
    }

    public boolean hasProposal() {
        return proposal != null;
    }

    /** A fact's text, or "—". */
    public String fact(String key) {
        Fact fact = facts.get(key);
        return fact == null ? "—" : fact.text();
    }
}
