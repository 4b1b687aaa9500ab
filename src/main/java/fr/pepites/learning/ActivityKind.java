package fr.pepites.learning;

/**
 * What a learning fact was (the list; DESIGN.md, "Learning"). Labels on screens: "learning.kind.NAME"; the
 * nouns here, singular and plural, make the sentences the platform writes in French itself (a credential's evidence,
 * a rule's progress: "2 échanges entre pairs sur 3").
 */
public enum ActivityKind {
    TRAINING_DAY("journée de formation", "journées de formation"),
    WORKSHOP("atelier collectif", "ateliers collectifs"),
    WEB_CONFERENCE("webconférence", "webconférences"),
    CAPSULE("capsule e-learning", "capsules e-learning"),
    PEER_EXCHANGE("échange entre pairs", "échanges entre pairs"),
    TWINNING_DAY("journée de jumelage", "journées de jumelage"),
    EMPLOYER_EVENT("événement employeurs", "événements employeurs"),
    AFEST("situation de travail AFEST", "situations de travail AFEST");

    private final String one;
    private final String many;

    ActivityKind(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** The noun for this many (French: singular for 0 and 1). */
    public String noun(long count) {
        return count > 1 ? many : one;
    }
}
