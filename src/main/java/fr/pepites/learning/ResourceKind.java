package fr.pepites.learning;

/** What a resource of the resource centre is. Labels: "learning.resourceKind.NAME". */
public enum ResourceKind {
    PRACTICAL_SHEET,
    VIDEO,
    TOOL,
    REPLAY,
    LINK,
    /** A PDF file stored in the platform (10 MB at most); the others are links. */
    PDF
}
