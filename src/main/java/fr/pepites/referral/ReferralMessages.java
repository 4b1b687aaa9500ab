package fr.pepites.referral;

import fr.pepites.common.PublicAddress;
import fr.pepites.notification.NotificationService;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The French e-mails of the referral process. They name the referral and the job, never the person: the file
 * itself is read in the application, where access is checked and recorded.
 */
@Component
class ReferralMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PublicAddress address;

    ReferralMessages(PublicAddress address) {
        this.address = address;
    }

    String subject(Referral referral, String what) {
        return NotificationService.subject(referral.businessKey(), what);
    }

    String newReferral(Referral referral) {
        return "Bonjour,\n\nUne nouvelle orientation (" + referral.businessKey() + ") a été adressée à "
                + referral.getSiae().getName() + " pour le poste « " + referral.getVacancy().getJobTitle().getName()
                + " ».\nMerci d'y répondre dans PEPITES : " + taskLink(referral) + "\n\n" + signature();
    }

    String reminder(Referral referral, int days) {
        return "Bonjour,\n\nL'orientation " + referral.businessKey() + " adressée à " + referral.getSiae().getName()
                + " attend votre réponse depuis " + days + " jours. Sans réponse, elle expirera au bout de 60 jours."
                + "\nPour y répondre : " + taskLink(referral) + "\n\n" + signature();
    }

    String answerSubject(ReferralStatus answer) {
        return switch (answer) {
            case ACCEPTED -> "orientation acceptée";
            case REFUSED -> "orientation refusée";
            case POSTPONED -> "orientation reportée";
            case EXPIRED -> "orientation expirée";
            default -> throw new IllegalArgumentException("Not an answer: " + answer);
        };
    }

    /** The e-mail of this answer; the details (hiring date, postponement) are the referral's. */
    String answer(Referral referral, ReferralStatus answer) {
        String what = switch (answer) {
            case ACCEPTED -> "a été acceptée par " + referral.getSiae().getName() + ", embauche prévue le "
                    + DATE.format(referral.getHiringDate()) + ".";
            case REFUSED -> "a été refusée par " + referral.getSiae().getName() + ". Vous pouvez l'adresser à une "
                    + "autre structure ou la renvoyer à la mise en relation.";
            case POSTPONED -> "a été reportée par " + referral.getSiae().getName()
                    + (referral.getPostponedUntil() == null ? "." : " au " + DATE.format(referral.getPostponedUntil()) + ".");
            case EXPIRED -> "a expiré : " + referral.getSiae().getName() + " n'a pas répondu en 60 jours.";
            default -> throw new IllegalArgumentException("Not an answer: " + answer);
        };
        return "Bonjour,\n\nVotre orientation " + referral.businessKey() + " " + what + "\nLe détail : "
                + address.url() + "/orientations/detail/" + referral.getId() + "\n\n" + signature();
    }

    private String taskLink(Referral referral) {
        return NotificationService.taskLink(address.url(), referral.businessKey());
    }

    private static String signature() {
        return NotificationService.SIGNATURE;
    }
}
