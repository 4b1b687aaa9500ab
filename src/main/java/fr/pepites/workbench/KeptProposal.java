package fr.pepites.workbench;

/**
 * A subject's proposal as the database keeps it between nodes and restarts.
 *
 * @param proposal what is proposed, as the feature writes it back ({@code SolveProblem#restore}); null without one
 * @param pinned kept as it is by a re-solve
 */
public record KeptProposal(String proposal, boolean pinned) {
}
