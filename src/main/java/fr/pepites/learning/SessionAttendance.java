package fr.pepites.learning;

import fr.pepites.common.InvalidInputException;
import fr.pepites.common.Plural;
import fr.pepites.common.TextLimit;
import fr.pepites.directory.DirectoryService;
import fr.pepites.learning.process.LearningSessionProcess;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two tasks after a session: its organiser's attendance sheet (present, absent or excused, and the minutes
 * attended of a web conference), which writes the ledger and evaluates the badge rules in the same transaction; then
 * each attendee's satisfaction survey (1 to 5 and a comment), whose averages the offer shows.
 */
@Service
public class SessionAttendance {

    private static final int MAX_COMMENT = 2000;

    private final RegistrationRepository registrations;
    private final Sessions common;
    private final LearningLedger ledger;
    private final DirectoryService directory;
    private final WorkflowService workflow;
    private final TaskService tasks;
    private final CurrentUserProvider currentUser;

    SessionAttendance(RegistrationRepository registrations, Sessions common, LearningLedger ledger,
            DirectoryService directory, WorkflowService workflow, TaskService tasks, CurrentUserProvider currentUser) {
        this.registrations = registrations;
        this.common = common;
        this.ledger = ledger;
        this.directory = directory;
        this.workflow = workflow;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    /** One line of the sheet: a registrant with a seat. */
    public record SheetLine(long registrationId, String name, String organisation) {
    }

    /** The sheet of an attendance task: the session, whether it has started, its registrants with a seat. */
    public record Sheet(long sessionId, long version, String title, ActivityKind kind, LocalDateTime startsAt,
            int sessionMinutes, String place, boolean open, List<SheetLine> lines) {

        /** A web conference records the minutes each attendee followed. */
        public boolean asksMinutes() {
            return kind == ActivityKind.WEB_CONFERENCE;
        }
    }

    /** What the sheet says of one registrant. */
    public record Mark(Attendance attendance, Integer minutes) {
    }

    @Transactional(readOnly = true)
    public Optional<Sheet> sheetFor(InboxTask task) {
        return sessionOf(task).map(s -> new Sheet(s.getId(), s.getVersion(), s.getOffer().getTitle(),
                s.getOffer().getKind(), s.getStartsAt(), s.minutes(), common.place(s),
                !s.getStartsAt().isAfter(Sessions.now()),
                registrations.findBySessionIdAndStatusOrderByRegisteredAt(s.getId(), RegistrationStatus.REGISTERED)
                        .stream().map(r -> directory.findAccountForTheSystem(r.getAccountId())
                                .map(a -> new SheetLine(r.getId(), a.getFullName(), a.getOrganisation().getName()))
                                .orElseThrow()).toList()));
    }

    /**
     * Records the sheet, not before the session starts: every seated registrant marked; the present written to the
     * ledger (the minutes attended of a web conference, otherwise the offer's duration, at most the session's length),
     * the badge rules evaluated
     * and the earned badges issued, all in this one transaction. The message saying what happened.
     */
    @Transactional
    public String recordAttendance(String taskId, long sessionId, long version, Map<Long, Mark> marks) {
        TrainingSession session = common.require(sessionId);
        InboxTask task = workflow.requireTaskAt(taskId, session.businessKey(),
                List.of(LearningSessionProcess.TASK_ATTENDANCE));
        if (session.getVersion() != version) {
            throw InvalidInputException.of("", "Cette session a changé entre-temps : fermez le formulaire et rouvrez-le.");
        }
        if (session.getStartsAt().isAfter(Sessions.now())) {
            throw InvalidInputException.of("", "Les présences se relèvent une fois la session commencée, le "
                    + Sessions.WHEN.format(session.getStartsAt()) + ", pas avant.");
        }
        TrainingOffer offer = session.getOffer();
        boolean askMinutes = offer.getKind() == ActivityKind.WEB_CONFERENCE;
        List<Registration> seated = registrations.findBySessionIdAndStatusOrderByRegisteredAt(sessionId,
                RegistrationStatus.REGISTERED);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Registration r : seated) {
            Mark mark = marks == null ? null : marks.get(r.getId());
            if (mark == null || mark.attendance() == null) {
                errors.put("attendance", "Indiquez pour chaque inscrit : présent, absent ou excusé.");
            } else if (askMinutes && mark.attendance() == Attendance.PRESENT && (mark.minutes() == null
                    || mark.minutes() < 1 || mark.minutes() > session.minutes())) {
                errors.put("minutes", "Les minutes suivies vont de 1 à la durée de la session (" + session.minutes()
                        + " minutes).");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<LearningFact> facts = new ArrayList<>();
        for (Registration r : seated) {
            Mark mark = marks.get(r.getId());
            Integer minutes = mark.attendance() != Attendance.PRESENT ? null
                    : askMinutes ? mark.minutes() : Math.min(offer.getMinutes(), session.minutes());
            r.attended(mark.attendance(), minutes);
            if (minutes != null) {
                facts.add(new LearningFact(Learner.account(r.getAccountId()), offer.getKind(),
                        session.getStartsAt().toLocalDate(), minutes, Sessions.modalityOf(session), offer.themes(),
                        "« " + offer.getTitle() + " », session du " + Sessions.WHEN.format(session.getStartsAt()),
                        null, ActivitySource.SESSION, session.businessKey(), null));
            }
        }
        session.enter(SessionStatus.HELD);
        ledger.record(facts, currentUser.signature());
        workflow.complete(task, Map.of());
        return session.businessKey() + " : " + Plural.of(facts.size(), "présent inscrit", "présents inscrits")
                + " au relevé de formation sur " + seated.size() + " ; l'enquête de satisfaction leur est envoyée.";
    }

    /** How many satisfaction surveys wait for the acting user's answer (the home page's card). */
    @Transactional(readOnly = true)
    public long countSurveysToAnswer() {
        return tasks.createTaskQuery().taskAssignee(fr.pepites.workflow.WorkflowGroups.userId(
                currentUser.require().accountId())).taskDefinitionKey(LearningSessionProcess.TASK_SURVEY).count();
    }

    /** The survey of a task: the registration and its session. */
    public record Survey(long registrationId, String title, LocalDateTime startsAt) {
    }

    @Transactional(readOnly = true)
    public Optional<Survey> surveyFor(InboxTask task) {
        Object id = tasks.getVariable(task.id(), LearningSessionProcess.VAR_REGISTRATION_ID);
        return id == null ? Optional.empty() : registrations.findById(((Number) id).longValue())
                .filter(r -> r.getAccountId() == currentUser.require().accountId())
                .map(r -> new Survey(r.getId(), r.getSession().getOffer().getTitle(), r.getSession().getStartsAt()));
    }

    /** An attendee's answer to the survey: a score from 1 to 5 and a comment. */
    @Transactional
    public void answerSurvey(String taskId, long registrationId, Integer score, String comment) {
        Registration r = registrations.findById(registrationId)
                .filter(found -> found.getAccountId() == currentUser.require().accountId())
                .orElseThrow(() -> new AccessDeniedException("Inscription introuvable."));
        InboxTask task = workflow.requireTaskAt(taskId, r.getSession().businessKey(),
                List.of(LearningSessionProcess.TASK_SURVEY));
        Object taskRegistration = tasks.getVariable(task.id(), LearningSessionProcess.VAR_REGISTRATION_ID);
        if (taskRegistration == null || ((Number) taskRegistration).longValue() != registrationId) {
            throw InvalidInputException.of("", "Cette enquête n'est pas la vôtre : rechargez la page.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (score == null || score < 1 || score > 5) {
            errors.put("score", "La note va de 1 à 5.");
        }
        String text = LearningLedger.trimmed(comment);
        TextLimit.check(errors, "comment", text, MAX_COMMENT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        r.surveyed(score, text);
        workflow.complete(task, Map.of());
    }

    private Optional<TrainingSession> sessionOf(InboxTask task) {
        if (task.businessKey() == null || !task.businessKey().startsWith("SES-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(common.require(Long.parseLong(task.businessKey().substring(4))));
        } catch (NumberFormatException | AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
