package fr.pepites.learning;

import fr.pepites.common.PublicAddress;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.notification.NotificationService;
import fr.pepites.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each night, the owners of the resources that fell due for review are reminded, once per review period: an SIAE's
 * directors for their SIAE's resources, the coordinators for the network's. Several nodes may run it: the reminder is
 * claimed by one update, and only the node whose update wrote it sends the e-mail; a refused e-mail leaves it
 * unclaimed, to be tried the next night.
 */
@Component
class ResourceReviewReminders {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceReviewReminders.class);

    private final ResourceRepository resources;
    private final DirectoryService directory;
    private final NotificationService notifications;
    private final PublicAddress address;
    private final TransactionTemplate inTransaction;

    ResourceReviewReminders(ResourceRepository resources, DirectoryService directory,
            NotificationService notifications, PublicAddress address, TransactionTemplate inTransaction) {
        this.resources = resources;
        this.directory = directory;
        this.notifications = notifications;
        this.address = address;
        this.inTransaction = inTransaction;
    }

    @Scheduled(cron = "${pepites.learning.review-reminders-cron:0 15 3 * * *}", zone = "Europe/Paris")
    void nightly() {
        int sent = remind(LocalDate.now(Sessions.PARIS));
        LOG.info("Ressources à actualiser : {} rappel(s) envoyé(s).", sent);
    }

    /** Reminds the owners of the resources due on {@code today}; how many reminders were sent. */
    int remind(LocalDate today) {
        int sent = 0;
        for (Resource due : resources.findByReviewDueLessThanEqualAndRemindedOnIsNull(today)) {
            Boolean done = inTransaction.execute(status -> {
                if (resources.claimReminder(due.getId(), today) != 1) {
                    return false;
                }
                boolean siae = directory.findOrganisationForTheSystem(due.getOwnerId())
                        .map(o -> o.getKind() == OrganisationKind.SIAE).orElse(false);
                List<String> to = siae ? directory.notificationEmails(due.getOwnerId(), Role.SIAE_DIRECTOR)
                        : directory.notificationEmails(Role.COORDINATOR);
                notifications.send(to, "[PEPITES] Ressource à actualiser – " + due.getTitle(), "Bonjour,\n\nLa "
                        + "ressource « " + due.getTitle() + " » n'a pas été relue depuis le "
                        + Sessions.DAY.format(due.getReviewedOn()) + " : elle est signalée « à actualiser » dans le "
                        + "centre de ressources. Relisez-la, corrigez-la si besoin, puis marquez-la à jour : "
                        + address.url() + "/formation/ressources\n\n" + NotificationService.SIGNATURE);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }
}
