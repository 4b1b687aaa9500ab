package fr.pepites.learning;

import fr.pepites.learning.process.LearningSessionProcess;
import fr.pepites.reference.Commune;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the session use cases share: who manages an offer, a session's place in words, the notices to a registrant
 * (an e-mail step of the session's process each), the times in Paris.
 */
@Component
class Sessions {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TrainingSessionRepository sessions;
    private final ReferenceDataService reference;
    private final RuntimeService runtime;

    Sessions(TrainingSessionRepository sessions, ReferenceDataService reference, RuntimeService runtime) {
        this.sessions = sessions;
        this.reference = reference;
        this.runtime = runtime;
    }

    static LocalDateTime now() {
        return LocalDateTime.now(PARIS);
    }

    /** Coordinators manage every offer; an SIAE's director the offers their SIAE organises. */
    static boolean manages(CurrentUser user, TrainingOffer offer) {
        return user.role() == Role.COORDINATOR || user.role() == Role.ADMIN
                || user.role() == Role.SIAE_DIRECTOR && offer.getOrganiserId() == user.organisationId();
    }

    /** The session, if it exists; a missing one is an access error, as for another organisation's file. */
    TrainingSession require(long id) {
        return sessions.findById(id).orElseThrow(() -> new AccessDeniedException("Session introuvable."));
    }

    /** A session its organiser reads (the registrants, the form). */
    TrainingSession requireReadable(CurrentUser user, long id) {
        TrainingSession session = require(id);
        if (!manages(user, session.getOffer())) {
            throw new AccessDeniedException("Session introuvable.");
        }
        return session;
    }

    /** A session its organiser acts on, locked for the transaction: registrations to it wait for the change. */
    TrainingSession requireManaged(CurrentUser user, long id) {
        TrainingSession session = sessions.lockById(id).orElseThrow(() -> new AccessDeniedException("Session introuvable."));
        if (!manages(user, session.getOffer())) {
            throw new AccessDeniedException("Session introuvable.");
        }
        return session;
    }

    /** Where it takes place, for those holding a seat and its organisers: with its video link. */
    String place(TrainingSession session) {
        return place(session, true);
    }

    /**
     * Where it takes place, in words: "12 rue des Lilas, Dax", "En ligne : https://…", or both; null when neither.
     * Without {@code withLink}, an online session says "En ligne" only: its link is for those holding a seat.
     */
    String place(TrainingSession session, boolean withLink) {
        String commune = session.getCommuneCode() == null ? null
                : reference.findCommune(session.getCommuneCode()).map(Commune::getName).orElse(null);
        String onSite = session.getAddress() == null ? commune
                : commune == null ? session.getAddress() : session.getAddress() + ", " + commune;
        if (session.getVideoLink() == null) {
            return onSite;
        }
        String online = withLink ? "en ligne : " + session.getVideoLink() : "en ligne";
        return onSite == null ? "E" + online.substring(1) : onSite + " (ou " + online + ")";
    }

    /** How the session takes place, as the ledger says it: on site, at a distance (a link only), or both. */
    static Modality modalityOf(TrainingSession session) {
        boolean onSite = session.getCommuneCode() != null || session.getAddress() != null;
        boolean online = session.getVideoLink() != null;
        return onSite && online ? Modality.HYBRID : online ? Modality.DISTANCE : Modality.ON_SITE;
    }

    /** Tells a registrant of their registration: an e-mail step of the session's process, sent after the commit. */
    void notice(Registration registration, NoticeKind kind) {
        runtime.createMessageCorrelation(LearningSessionProcess.MESSAGE_NOTICE)
                .processInstanceBusinessKey(registration.getSession().businessKey())
                .setVariablesToTriggeredScope(Map.of(LearningSessionProcess.VAR_REGISTRATION_ID, registration.getId(),
                        LearningSessionProcess.VAR_NOTICE, kind.name()))
                .correlate();
    }

    /** The first on the waiting list takes the seat a cancellation freed, and is told. */
    void promoteFirstWaiting(TrainingSession session, RegistrationRepository registrations) {
        registrations.findBySessionIdAndStatusOrderByRegisteredAt(session.getId(), RegistrationStatus.WAITING)
                .stream().findFirst().ifPresent(first -> {
                    first.promote();
                    notice(first, NoticeKind.PROMOTED);
                });
    }
}
