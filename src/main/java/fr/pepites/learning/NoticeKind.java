package fr.pepites.learning;

/** What a registrant is told of their own registration, by an e-mail of its own (with an invitation, but on the list). */
enum NoticeKind {
    REGISTERED,
    WAITING,
    PROMOTED,
    CANCELLED,
    MOVED
}
