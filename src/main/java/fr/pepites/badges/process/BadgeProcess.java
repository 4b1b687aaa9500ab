package fr.pepites.badges.process;

/** Names of {@code bpmn/badge-award.bpmn}: process key, business key, variables and steps. */
public final class BadgeProcess {

    public static final String KEY = "badgeAward";
    /** The credential's id. */
    public static final String VAR_CREDENTIAL = "credentialId";
    public static final String MAIL_STEP = "service_task_mail_badge";

    private BadgeProcess() {
    }

    /** BDG-12: the business key of a credential's process, as e-mails and the e-mail list show it. */
    public static String businessKey(long credentialId) {
        return "BDG-" + credentialId;
    }
}
