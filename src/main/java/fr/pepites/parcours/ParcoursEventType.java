package fr.pepites.parcours;

/** The lines of a parcours's timeline; labels "parcours.event.NAME". */
public enum ParcoursEventType {
    STARTED,
    RENEWED,
    PASS_EXTENDED,
    SUSPENDED,
    BROKEN_OFF,
    REVIEW_OPENED,
    REVIEWED,
    REMINDER_SENT,
    DIRECTOR_ALERTED,
    HANDED_BACK,
    HAND_BACK_ACCEPTED,
    HAND_BACK_DECLINED,
    INTRODUCTION_ARRANGED,
    EXIT_RECORDED,
    FOLLOWED_UP
}
