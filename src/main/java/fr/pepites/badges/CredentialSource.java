package fr.pepites.badges;

/** How a credential came to be issued. Labels: "badges.source.NAME". */
public enum CredentialSource {
    /** Awarded by hand by a coordinator or a director. */
    HAND,
    /** A badge proposal of an end-of-parcours review, accepted. */
    PARCOURS,
    /** One of a closed twinning's earners. */
    TWINNING,
    /** Issued automatically once every achievement of a modular path was held. */
    PATH,
    /** Issued automatically by an award rule over the learning ledger (the rule's number is the reference). */
    LEARNING
}
