package fr.pepites.parcours;

/** What came of an introduction to a partner employer; labels "parcours.introduction.NAME". */
public enum IntroductionOutcome {
    MEETING_HELD,
    HIRED,
    NO_FOLLOW_UP
}
