package fr.pepites.twinning;

import fr.pepites.common.Plural;
import fr.pepites.common.PublicAddress;
import fr.pepites.notification.NotificationService;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The French e-mails of the twinning process. They name the twinning, the two organisations and the dates, never the
 * participants: the file is read in the application.
 */
@Component
class TwinningMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PublicAddress address;

    TwinningMessages(PublicAddress address) {
        this.address = address;
    }

    String subject(Twinning t, String what) {
        return NotificationService.subject(t.businessKey(), what);
    }

    String approvalReminder(Twinning t) {
        return "Bonjour,\n\nLa proposition de jumelage " + t.businessKey() + " avec " + hostName(t) + " (" + dates(t)
                + ") attend votre approbation depuis dix jours.\nPour l'approuver ou la refuser : " + link(t) + "\n\n"
                + NotificationService.SIGNATURE;
    }

    String coordinationAlert(Twinning t) {
        return "Bonjour,\n\nLa proposition de jumelage " + t.businessKey() + " de " + t.getSiae().getName() + " avec "
                + hostName(t) + " attend l'approbation de la direction de la SIAE depuis vingt jours.\nLe dossier : "
                + link(t) + "\n\n" + NotificationService.SIGNATURE;
    }

    String toConfirm(Twinning t) {
        return "Bonjour,\n\n" + t.getSiae().getName() + " demande à être accueillie pour un jumelage de transfert de "
                + "savoir-faire (" + t.businessKey() + ", " + Plural.of(t.getParticipants().size(), "participant", "participants") + "), les "
                + dates(t) + ".\nPour confirmer l'accueil ou le refuser : " + link(t) + "\n\n"
                + NotificationService.SIGNATURE;
    }

    String scheduled(Twinning t) {
        return "Bonjour,\n\n" + hostName(t) + " a confirmé l'accueil du jumelage " + t.businessKey() + " les "
                + dates(t) + ".\nLe dossier : " + link(t) + "\n\n" + NotificationService.SIGNATURE;
    }

    String evaluationReminder(Twinning t) {
        return "Bonjour,\n\nLe jumelage " + t.businessKey() + " entre " + t.getSiae().getName() + " et " + hostName(t)
                + " est terminé depuis une semaine : votre évaluation est attendue.\nPour la faire : " + link(t)
                + "\n\n" + NotificationService.SIGNATURE;
    }

    String cancelled(Twinning t) {
        String by = t.getCancelledBy() == Side.TIERS_LIEU ? hostName(t) : t.getSiae().getName();
        return "Bonjour,\n\nLe jumelage " + t.businessKey() + " entre " + t.getSiae().getName() + " et " + hostName(t)
                + (t.getDates().isEmpty() ? "" : " (" + dates(t) + ")") + " a été annulé par " + by + " : "
                + t.getCancelReason() + "\nLes jours sont libérés. Le dossier : " + link(t) + "\n\n"
                + NotificationService.SIGNATURE;
    }

    private static String hostName(Twinning t) {
        return t.getTiersLieu() == null ? "le tiers-lieu" : t.getTiersLieu().getName();
    }

    private static String dates(Twinning t) {
        return t.getDates().stream().map(DATE::format).collect(Collectors.joining(", "));
    }

    private String link(Twinning t) {
        return NotificationService.taskLink(address.url(), t.businessKey());
    }
}
