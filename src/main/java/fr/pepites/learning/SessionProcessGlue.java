package fr.pepites.learning;

import fr.pepites.common.PublicAddress;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.UserAccount;
import fr.pepites.learning.process.LearningSessionProcess;
import fr.pepites.notification.NotificationService;
import fr.pepites.notification.NotificationService.Attachment;
import fr.pepites.workflow.WorkflowGroups;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code bpmn/learning-session.bpmn} does to the domain as it moves ({@code ${learningSession.…}}): the
 * session's status, the registrants' e-mails (each an asynchronous step, sent after the commit of the action that
 * caused it), the attendees whose survey it asks, and the close.
 */
// Public: the engine's expression language calls only public methods of public classes.
@Component("learningSession")
public class SessionProcessGlue {

    private static final String CALENDAR = "text/calendar; charset=UTF-8; method=";

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Sessions common;
    private final SessionCalendar calendar;
    private final NotificationService notifications;
    private final DirectoryService directory;
    private final PublicAddress address;

    SessionProcessGlue(TrainingSessionRepository sessions, RegistrationRepository registrations, Sessions common,
            SessionCalendar calendar, NotificationService notifications, DirectoryService directory,
            PublicAddress address) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.common = common;
        this.calendar = calendar;
        this.notifications = notifications;
        this.directory = directory;
        this.address = address;
    }

    public void enter(DelegateExecution execution, String statusName) {
        TrainingSession session = sessionOf(execution);
        SessionStatus status = SessionStatus.valueOf(statusName);
        if (session.getStatus() != SessionStatus.CANCELLED) {
            session.enter(status);
        }
    }

    /** E-mail step: two days before, one e-mail to the registrants with a seat (in Bcc). */
    public void remind(DelegateExecution execution) {
        TrainingSession session = sessionOf(execution);
        notifications.send(emails(session, RegistrationStatus.REGISTERED), subject(session, "rappel"),
                "Bonjour,\n\nRappel : vous êtes inscrit(e) à « " + session.getOffer().getTitle() + " », le "
                        + Sessions.WHEN.format(session.getStartsAt()) + where(session, true) + ".\n\nUn empêchement ? "
                        + "Annulez votre inscription pour laisser la place : " + registrationsLink() + "\n\n"
                        + NotificationService.SIGNATURE, null, true);
    }

    /** The registrations whose survey is asked: those present. */
    public List<Long> attendees(DelegateExecution execution) {
        return registrations.findBySessionIdOrderByRegisteredAt(sessionOf(execution).getId()).stream()
                .filter(r -> r.getAttendance() == Attendance.PRESENT).map(Registration::getId).toList();
    }

    /** The user a survey task is assigned to: the attendee. */
    public String assigneeOf(Object registrationId) {
        return WorkflowGroups.userId(registration(registrationId).getAccountId());
    }

    /** E-mail step: an attendee has not answered the survey a week after the session. */
    public void remindSurvey(DelegateExecution execution) {
        Registration r = registration(execution.getVariable(LearningSessionProcess.VAR_REGISTRATION_ID));
        TrainingSession session = r.getSession();
        notifications.send(email(r).stream().toList(), subject(session, "votre avis"),
                "Bonjour,\n\nVous avez suivi « " + session.getOffer().getTitle() + " » le "
                        + Sessions.DAY.format(session.getStartsAt()) + ". Votre avis (une note de 1 à 5, un commentaire "
                        + "si vous le souhaitez) aide à l'améliorer : " + address.url() + "/taches\n\n"
                        + NotificationService.SIGNATURE);
    }

    /** E-mail step: the organiser cancelled; registrants and those waiting are told, with the cancelled event. */
    public void notifyCancellation(DelegateExecution execution) {
        TrainingSession session = sessionOf(execution);
        List<String> to = new java.util.ArrayList<>(emails(session, RegistrationStatus.REGISTERED));
        to.addAll(emails(session, RegistrationStatus.WAITING));
        notifications.send(to, subject(session, "session annulée"), "Bonjour,\n\nLa session de « "
                + session.getOffer().getTitle() + " » du " + Sessions.WHEN.format(session.getStartsAt())
                + " est annulée par son organisateur. Les autres sessions sont au catalogue : " + address.url()
                + "/formation/catalogue\n\n" + NotificationService.SIGNATURE,
                invitation(session, null, true), true);
    }

    /** E-mail step: a registrant is told of their own registration (with its invitation, but on the waiting list). */
    public void sendNotice(DelegateExecution execution) {
        Registration r = registration(execution.getVariable(LearningSessionProcess.VAR_REGISTRATION_ID));
        NoticeKind kind = NoticeKind.valueOf((String) execution.getVariable(LearningSessionProcess.VAR_NOTICE));
        TrainingSession session = r.getSession();
        // The video link is for those holding a seat: not for the waiting list, nor once cancelled.
        boolean seated = r.getStatus() == RegistrationStatus.REGISTERED && kind != NoticeKind.CANCELLED;
        String title = "« " + session.getOffer().getTitle() + " », le " + Sessions.WHEN.format(session.getStartsAt())
                + where(session, seated);
        String text = switch (kind) {
            case REGISTERED -> "Votre inscription est enregistrée : " + title + ". L'invitation jointe l'ajoute à "
                    + "votre agenda.";
            case WAITING -> "La session " + title + " est complète : vous êtes sur sa liste d'attente. Vous serez "
                    + "prévenu(e) si une place se libère.";
            case PROMOTED -> "Une place s'est libérée : vous êtes inscrit(e) à " + title + ". L'invitation jointe "
                    + "l'ajoute à votre agenda.";
            case CANCELLED -> "Votre inscription à " + title + " est annulée.";
            case MOVED -> "La session change : " + title + ". L'invitation jointe met votre agenda à jour.";
        };
        boolean calendarEvent = kind != NoticeKind.WAITING
                && (kind != NoticeKind.MOVED || r.getStatus() == RegistrationStatus.REGISTERED);
        String to = email(r).orElse(null);
        if (to == null) {
            return;
        }
        notifications.send(List.of(to), subject(session, switch (kind) {
            case REGISTERED, PROMOTED -> "inscription confirmée";
            case WAITING -> "liste d'attente";
            case CANCELLED -> "inscription annulée";
            case MOVED -> "session modifiée";
        }), "Bonjour,\n\n" + text + "\n\nVos inscriptions : " + registrationsLink() + "\n\n"
                + NotificationService.SIGNATURE,
                calendarEvent ? invitation(session, to, kind == NoticeKind.CANCELLED) : null, false);
    }

    /** At the close, once the surveys are answered or 30 days have passed. */
    public void close(DelegateExecution execution) {
        sessionOf(execution).enter(SessionStatus.ENDED);
    }

    private Attachment invitation(TrainingSession session, String attendee, boolean cancelled) {
        String place = common.place(session, !cancelled);
        String ics = attendee == null ? calendar.cancellation(session, place)
                : calendar.invitation(session, place, attendee, cancelled);
        return new Attachment("session.ics", CALENDAR + (cancelled ? "CANCEL" : "REQUEST"),
                ics.getBytes(StandardCharsets.UTF_8));
    }

    private String where(TrainingSession session, boolean withLink) {
        String place = common.place(session, withLink);
        return place == null ? "" : " (" + place + ")";
    }

    private String registrationsLink() {
        return address.url() + "/formation/inscriptions";
    }

    private static String subject(TrainingSession session, String what) {
        return NotificationService.subject(session.businessKey(), what);
    }

    private List<String> emails(TrainingSession session, RegistrationStatus status) {
        return registrations.findBySessionIdAndStatusOrderByRegisteredAt(session.getId(), status).stream()
                .map(this::email).flatMap(java.util.Optional::stream).toList();
    }

    private java.util.Optional<String> email(Registration r) {
        return directory.findAccountForTheSystem(r.getAccountId()).filter(UserAccount::isActive)
                .map(UserAccount::getEmail);
    }

    private Registration registration(Object id) {
        return registrations.findById(((Number) id).longValue())
                .orElseThrow(() -> new IllegalStateException("No registration " + id));
    }

    private TrainingSession sessionOf(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(LearningSessionProcess.VAR_SESSION_ID)).longValue();
        return sessions.findById(id).orElseThrow(() -> new IllegalStateException("No session " + id));
    }
}
