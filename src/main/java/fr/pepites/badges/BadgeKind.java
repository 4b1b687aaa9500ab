package fr.pepites.badges;

/**
 * The kinds of achievement (DESIGN.md), each with its Open Badges 3.0 {@code achievementType}: a term of the
 * specification's vocabulary where one fits, an extension ({@code ext:…}) otherwise. Labels: "badges.kind.NAME".
 */
public enum BadgeKind {
    COMPETENCE("Competency"),
    PEER_EXCHANGE("ext:PeerExchange"),
    WEB_CONFERENCE("ext:WebConference"),
    EVENT("ext:Event"),
    TWINNING("ext:Twinning"),
    PATH("LearningProgram");

    private final String achievementType;

    BadgeKind(String achievementType) {
        this.achievementType = achievementType;
    }

    public String achievementType() {
        return achievementType;
    }
}
