package fr.pepites.badges;

import fr.pepites.badges.process.BadgeProcess;
import fr.pepites.common.PublicAddress;
import fr.pepites.notification.NotificationService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The e-mail step of {@code bpmn/badge-award.bpmn}: the recipient receives their badge, with the link to its page. */
// Public: the engine's expression language calls only public methods of public classes.
@Component("badgeProcess")
public class BadgeProcessGlue {

    private final CredentialRepository credentials;
    private final NotificationService notifications;
    private final PublicAddress address;

    BadgeProcessGlue(CredentialRepository credentials, NotificationService notifications,
            PublicAddress address) {
        this.credentials = credentials;
        this.notifications = notifications;
        this.address = address;
    }

    public void sendCredential(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(BadgeProcess.VAR_CREDENTIAL)).longValue();
        Credential c = credentials.findById(id).orElse(null);
        if (c == null || c.isRevoked()) {
            return;
        }
        String page = pageUrl(address.url(), c.getPublicId());
        notifications.send(List.of(c.getRecipientEmail()),
                NotificationService.subject(execution.getProcessBusinessKey(), "votre badge « "
                        + c.getAchievement().getName() + " »"),
                "Bonjour " + c.getRecipientName() + ",\n\n"
                        + c.getAchievement().getIssuer().getName() + " vous a délivré le badge « "
                        + c.getAchievement().getName() + " ».\n\n"
                        + "Votre badge, sa vérification et ses téléchargements (fichier du badge, image PNG ou SVG "
                        + "contenant le badge, ajout à votre profil LinkedIn) :\n" + page + "\n\n"
                        + "Ce badge est un badge numérique vérifiable (Open Badges 3.0) : toute personne à qui vous "
                        + "le présentez peut en vérifier l'authenticité.\n\n" + NotificationService.SIGNATURE);
    }

    /** The public page of a credential. */
    static String pageUrl(String baseUrl, String publicId) {
        return baseUrl + "/badge/" + publicId;
    }
}
