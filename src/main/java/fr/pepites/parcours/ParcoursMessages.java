package fr.pepites.parcours;

import fr.pepites.common.PublicAddress;
import fr.pepites.notification.NotificationService;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The French e-mails of the parcours process. They name the parcours, the SIAE and the dates, never the person: the
 * file is read in the application, where access is checked and recorded.
 */
@Component
class ParcoursMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PublicAddress address;

    ParcoursMessages(PublicAddress address) {
        this.address = address;
    }

    String subject(Parcours parcours, String what) {
        return NotificationService.subject(parcours.businessKey(), what);
    }

    String handBack(Parcours parcours) {
        return "Bonjour,\n\n" + parcours.getSiae().getName() + " vous adresse un salarié en fin de parcours ("
                + parcours.businessKey() + ", fin de contrat prévue le " + DATE.format(parcours.getPlannedEnd())
                + ") pour un accompagnement par le conseil en évolution professionnelle.\nMerci d'accepter ce retour et "
                + "de fixer un premier rendez-vous dans PEPITES : " + taskLink(parcours) + "\n\n" + signature();
    }

    String reminder(Parcours parcours) {
        return "Bonjour,\n\nLe bilan de fin de parcours " + parcours.businessKey() + " n'est pas encore fait, à un mois "
                + "de la fin de contrat prévue le " + DATE.format(parcours.getPlannedEnd()) + ".\nPour le faire : "
                + taskLink(parcours) + "\n\n" + signature();
    }

    String directorAlert(Parcours parcours) {
        return "Bonjour,\n\nÀ deux semaines de la fin de contrat prévue le " + DATE.format(parcours.getPlannedEnd())
                + ", le bilan de fin de parcours " + parcours.businessKey() + " de " + parcours.getSiae().getName()
                + " n'est toujours pas fait.\nPour le faire ou le confier : " + taskLink(parcours) + "\n\n" + signature();
    }

    private String taskLink(Parcours parcours) {
        return NotificationService.taskLink(address.url(), parcours.businessKey());
    }

    private static String signature() {
        return NotificationService.SIGNATURE;
    }
}
