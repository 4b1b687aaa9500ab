package fr.pepites.learning;

/**
 * Whose learning fact it is: a person in parcours or a staff account, exactly one of them. The key ("P12", "A5")
 * names the learner in the ledger's uniqueness rule and in the rules' awards.
 */
public record Learner(Long personId, Long accountId) {

    public Learner {
        if ((personId == null) == (accountId == null)) {
            throw new IllegalArgumentException("A learner is a person or an account");
        }
    }

    public static Learner person(long personId) {
        return new Learner(personId, null);
    }

    public static Learner account(long accountId) {
        return new Learner(null, accountId);
    }

    public String key() {
        return personId != null ? "P" + personId : "A" + accountId;
    }
}
