package fr.pepites.learning;

import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.UserAccount;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations to sessions: staff register themselves, or their director (a coordinator) registers them; a full
 * session offers its waiting list; a cancellation gives the seat to the first waiting, who is told. Each registrant
 * receives an iCalendar invitation, and may download it.
 */
@Service
public class SessionRegistrations {

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Sessions common;
    private final SessionCalendar calendar;
    private final DirectoryService directory;
    private final CurrentUserProvider currentUser;

    SessionRegistrations(TrainingSessionRepository sessions, RegistrationRepository registrations, Sessions common,
            SessionCalendar calendar, DirectoryService directory, CurrentUserProvider currentUser) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.common = common;
        this.calendar = calendar;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The accounts the acting user may register besides themselves: their SIAE's team for a director. */
    @Transactional(readOnly = true)
    public Map<Long, String> teamMembers() {
        CurrentUser user = currentUser.require();
        Map<Long, String> out = new LinkedHashMap<>();
        if (user.role() == Role.SIAE_DIRECTOR || user.role() == Role.COORDINATOR) {
            directory.activeAccountsOf(user.organisationId()).stream()
                    .sorted(Comparator.comparing(UserAccount::getFullName))
                    .forEach(a -> out.put(a.getId(), a.getFullName()));
        }
        return out;
    }

    /**
     * Registers an account (the acting user's own when {@code accountId} is null) to a session whose registrations are
     * open: a seat while there is one; when it is full, a place on the waiting list if {@code waitingList}, otherwise
     * a refusal that offers it. What the registration became.
     */
    @Transactional
    public RegistrationStatus register(long sessionId, Long accountId, boolean waitingList) {
        CurrentUser user = currentUser.require();
        long who = accountId == null ? user.accountId() : accountId;
        if (who != user.accountId() && !teamMembers().containsKey(who)) {
            throw InvalidInputException.of("account", "Vous ne pouvez inscrire que des personnes de votre structure.");
        }
        // Locked: two registrations to the last seat are counted one after the other.
        TrainingSession session = sessions.lockById(sessionId)
                .orElseThrow(() -> new AccessDeniedException("Session introuvable."));
        if (session.getStatus() != SessionStatus.OPEN || !session.getRegistrationDeadline().isAfter(Sessions.now())) {
            throw InvalidInputException.of("", "Les inscriptions à cette session sont closes (date limite : "
                    + Sessions.WHEN.format(session.getRegistrationDeadline()) + ").");
        }
        Registration registration = registrations.findBySessionIdAndAccountId(sessionId, who)
                .orElseGet(() -> new Registration(session, who));
        if (registration.getStatus() == RegistrationStatus.REGISTERED) {
            throw InvalidInputException.of("", (who == user.accountId() ? "Vous êtes" : "Cette personne est")
                    + " déjà inscrite à cette session.");
        }
        if (registration.getStatus() == RegistrationStatus.WAITING) {
            throw InvalidInputException.of("", (who == user.accountId() ? "Vous êtes" : "Cette personne est")
                    + " déjà sur la liste d'attente de cette session.");
        }
        boolean full = registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.REGISTERED)
                >= session.getCapacity();
        if (full && !waitingList) {
            throw InvalidInputException.of("waitingList", "Cette session est complète : inscrivez-vous sur sa liste "
                    + "d'attente, vous serez prévenu(e) si une place se libère.");
        }
        RegistrationStatus status = full ? RegistrationStatus.WAITING : RegistrationStatus.REGISTERED;
        registration.register(status, currentUser.signature());
        registrations.saveAndFlush(registration);
        common.notice(registration, full ? NoticeKind.WAITING : NoticeKind.REGISTERED);
        return status;
    }

    /** A director (a coordinator) registers someone of their team: the person must be chosen. */
    @Transactional
    public RegistrationStatus registerTeamMember(long sessionId, Long accountId, boolean waitingList) {
        if (accountId == null) {
            throw InvalidInputException.of("account", "Choisissez la personne à inscrire.");
        }
        return register(sessionId, accountId, waitingList);
    }

    /**
     * Cancels a registration before the session starts (one's own; a director's team member's; any for a
     * coordinator or the session's organiser): a freed seat goes to the first waiting.
     */
    @Transactional
    public void cancel(long registrationId) {
        CurrentUser user = currentUser.require();
        Registration registration = registrations.findById(registrationId).filter(r -> mayChange(user, r))
                .orElseThrow(() -> new AccessDeniedException("Inscription introuvable."));
        TrainingSession session = sessions.lockById(registration.getSession().getId()).orElseThrow();
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            throw InvalidInputException.of("", "Cette inscription est déjà annulée.");
        }
        if (!session.getStatus().isUpcoming() || !session.getStartsAt().isAfter(Sessions.now())) {
            throw InvalidInputException.of("", "La session a commencé ou est annulée : l'inscription ne change plus.");
        }
        boolean seated = registration.getStatus() == RegistrationStatus.REGISTERED;
        registration.cancel();
        common.notice(registration, NoticeKind.CANCELLED);
        if (seated) {
            common.promoteFirstWaiting(session, registrations);
        }
    }

    private boolean mayChange(CurrentUser user, Registration r) {
        if (r.getAccountId() == user.accountId() || user.seesAllOrganisations()
                || Sessions.manages(user, r.getSession().getOffer())) {
            return true;
        }
        return user.role() == Role.SIAE_DIRECTOR && directory.findAccountForTheSystem(r.getAccountId())
                .map(a -> a.getOrganisation().getId() == user.organisationId()).orElse(false);
    }

    /** One of the acting user's registrations, as "Mes inscriptions" lists them. */
    public record MyRegistration(long id, long sessionId, String title, ActivityKind kind, LocalDateTime startsAt,
            LocalDateTime endsAt, String place, String videoLink, RegistrationStatus status,
            SessionStatus sessionStatus) {

        /** Before the session starts, still registered or waiting: it may be cancelled. */
        public boolean cancellable() {
            return sessionStatus.isUpcoming() && startsAt.isAfter(Sessions.now());
        }
    }

    /** The acting user's registrations (seats and waiting lists), in the order of their sessions. */
    @Transactional(readOnly = true)
    public List<MyRegistration> mine() {
        CurrentUser user = currentUser.require();
        return registrations.activeOf(user.accountId()).stream()
                .sorted(Comparator.comparing((Registration r) -> r.getSession().getStartsAt())).map(r -> {
            TrainingSession s = r.getSession();
            boolean seated = r.getStatus() == RegistrationStatus.REGISTERED;
            return new MyRegistration(r.getId(), s.getId(), s.getOffer().getTitle(), s.getOffer().getKind(),
                    s.getStartsAt(), s.getEndsAt(), common.place(s, seated), seated ? s.getVideoLink() : null,
                    r.getStatus(), s.getStatus());
        }).toList();
    }

    /** How many sessions to come the acting user holds a seat at (the home page's card). */
    @Transactional(readOnly = true)
    public long countUpcoming() {
        CurrentUser user = currentUser.require();
        return registrations.activeOf(user.accountId()).stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED
                && r.getSession().getStatus().isUpcoming()).count();
    }

    /** A registrant of a session, as its organiser sees them. */
    public record Registrant(long id, String name, String organisation, RegistrationStatus status,
            java.time.Instant registeredAt, Attendance attendance, Integer minutesAttended, Integer surveyScore,
            String surveyComment) {
    }

    /** The registrants of a session one manages: seats, then the waiting list in its order, then the cancelled. */
    @Transactional(readOnly = true)
    public List<Registrant> registrants(long sessionId) {
        common.requireReadable(currentUser.require(), sessionId);
        return registrations.findBySessionIdOrderByRegisteredAt(sessionId).stream()
                .sorted(Comparator.comparing(Registration::getStatus)).map(r -> {
                    UserAccount a = directory.findAccountForTheSystem(r.getAccountId()).orElseThrow();
                    return new Registrant(r.getId(), a.getFullName(), a.getOrganisation().getName(), r.getStatus(),
                            r.getRegisteredAt(), r.getAttendance(), r.getMinutesAttended(), r.getSurveyScore(),
                            r.getSurveyComment());
                }).toList();
    }

    /** The session of one's registration as an iCalendar file ({@code .ics}) to add to a calendar. */
    @Transactional(readOnly = true)
    public String calendarFile(long registrationId) {
        CurrentUser user = currentUser.require();
        Registration registration = registrations.findById(registrationId)
                .filter(r -> r.getAccountId() == user.accountId())
                .orElseThrow(() -> new AccessDeniedException("Inscription introuvable."));
        if (registration.getStatus() != RegistrationStatus.REGISTERED) {
            throw InvalidInputException.of("", "L'invitation est pour les inscrits qui ont une place à la session.");
        }
        TrainingSession session = registration.getSession();
        return calendar.download(session, common.place(session));
    }
}
