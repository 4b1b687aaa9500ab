package fr.pepites.learning;

import fr.pepites.badges.BadgeService;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.TextLimit;
import fr.pepites.common.WebLink;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.learning.process.LearningSessionProcess;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.workflow.WorkflowGroups;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's offers and their sessions, as their organisers keep them: an offer (a coordinator's for the network
 * or a training body, an SIAE director's for their SIAE), its sessions planned, moved (registrants sent an updated
 * invitation) or cancelled (all told); and the catalogue everyone reads.
 */
@Service
public class LearningOffers {

    private static final int MAX_TITLE = 150;
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_ADDRESS = 300;
    private static final int MAX_CAPACITY = 1000;
    private static final int MAX_SESSION_MINUTES = 24 * 60;
    private static final int MAX_YEARS_AHEAD = 3;

    private final TrainingOfferRepository offers;
    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Sessions common;
    private final DirectoryService directory;
    private final ReferenceDataService reference;
    private final BadgeService badges;
    private final AwardRules rules;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final CurrentUserProvider currentUser;

    LearningOffers(TrainingOfferRepository offers, TrainingSessionRepository sessions,
            RegistrationRepository registrations, Sessions common, DirectoryService directory,
            ReferenceDataService reference, BadgeService badges, AwardRules rules, RuntimeService runtime,
            ManagementService management, CurrentUserProvider currentUser) {
        this.rules = rules;
        this.offers = offers;
        this.sessions = sessions;
        this.registrations = registrations;
        this.common = common;
        this.directory = directory;
        this.reference = reference;
        this.badges = badges;
        this.runtime = runtime;
        this.management = management;
        this.currentUser = currentUser;
    }

    // --- Offers ----------------------------------------------------------------------------------------------

    /** An offer as its form edits it. */
    public record OfferData(String title, ActivityKind kind, Long organiserId, String description,
            Set<Audience> audience, List<String> themes, Integer minutes, Long achievementId) {
    }

    /** Who may organise an offer the acting user writes: their own organisation, and for coordinators the training bodies. */
    @Transactional(readOnly = true)
    public Map<Long, String> organisers() {
        CurrentUser user = currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
        Map<Long, String> out = new LinkedHashMap<>();
        out.put(user.organisationId(), user.organisationName());
        if (user.seesAllOrganisations()) {
            directory.searchPartners(OrganisationKind.TRAINING_BODY, null, PageRequest.of(0, 200))
                    .forEach(o -> out.put(o.getId(), o.getName()));
        }
        return out;
    }

    /** The badges an offer may name as the one it can earn (active achievements, not paths). */
    @Transactional(readOnly = true)
    public Map<Long, String> badgeNames() {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
        return rules.earnableBadges();
    }

    /** The offer as its form edits it, for one who manages it. */
    @Transactional(readOnly = true)
    public OfferData offer(long id) {
        TrainingOffer o = managed(id);
        return new OfferData(o.getTitle(), o.getKind(), o.getOrganiserId(), o.getDescription(), o.audience(),
                o.themes(), o.getMinutes(), o.getAchievementId());
    }

    /** Creates an offer ({@code id} null) or changes one ({@code version}: the one the form read). Its id. */
    @Transactional
    public long saveOffer(Long id, Long version, OfferData data) {
        CurrentUser user = currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = LearningLedger.oneLine(data.title());
        if (title == null) {
            errors.put("title", "Donnez un titre à l'offre.");
        }
        TextLimit.check(errors, "title", title, MAX_TITLE);
        if (data.kind() == null || data.kind() == ActivityKind.TWINNING_DAY || data.kind() == ActivityKind.EMPLOYER_EVENT
                || data.kind() == ActivityKind.CAPSULE || data.kind() == ActivityKind.AFEST) {
            errors.put("kind", "Choisissez le type : journée de formation, atelier, webconférence ou échange entre pairs.");
        }
        boolean keptOrganiser = id != null && offers.findById(id).map(o -> o.getOrganiserId() == data.organiserId())
                .orElse(false);
        if (data.organiserId() == null || !keptOrganiser && !organisers().containsKey(data.organiserId())) {
            errors.put("organiser", "Choisissez qui organise : votre structure, ou un organisme de formation.");
        }
        String description = LearningLedger.trimmed(data.description());
        TextLimit.check(errors, "description", description, MAX_DESCRIPTION);
        List<String> themes = Tags.themesTyped(data.themes(), errors);
        if (data.minutes() == null || data.minutes() < 1 || data.minutes() > MAX_SESSION_MINUTES) {
            errors.put("minutes", "La durée d'une session va de 1 minute à 24 heures (1 440 minutes).");
        }
        if (data.achievementId() != null && !badgeNames().containsKey(data.achievementId())) {
            errors.put("achievement", "Ce badge n'existe pas ou n'est plus actif.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TrainingOffer offer = id == null ? new TrainingOffer(data.organiserId(), currentUser.signature()) : managed(id);
        if (id != null && data.kind() != offer.getKind() && !sessions.findByOfferIdOrderByStartsAt(id).isEmpty()) {
            throw InvalidInputException.of("kind", "Des sessions de cette offre sont planifiées : son type ne change "
                    + "plus (les relevés et les règles des badges en dépendent). Créez une autre offre.");
        }
        if (id != null && (version == null || offer.getVersion() != version)) {
            throw InvalidInputException.of("", "Cette offre a changé entre-temps : fermez le formulaire et rouvrez-le.");
        }
        offer.set(title, data.kind(), description, data.audience() == null ? Set.of() : data.audience(), themes,
                data.minutes(), data.achievementId());
        return offers.save(offer).getId();
    }

    private TrainingOffer managed(long id) {
        CurrentUser user = currentUser.require();
        return offers.findById(id).filter(o -> Sessions.manages(user, o))
                .orElseThrow(() -> new AccessDeniedException("Offre introuvable."));
    }

    // --- Sessions --------------------------------------------------------------------------------------------

    /** Plans a session of an offer one manages; its process starts (registrations open until the deadline). */
    @Transactional
    public long planSession(long offerId, SessionData data) {
        TrainingOffer offer = managed(offerId);
        SessionData clean = checked(data, null);
        TrainingSession session = new TrainingSession(offer);
        session.set(clean);
        sessions.saveAndFlush(session);
        Map<String, Object> variables = new HashMap<>(timers(session));
        variables.put(LearningSessionProcess.VAR_SESSION_ID, session.getId());
        variables.put(LearningSessionProcess.VAR_ORGANISER_GROUPS, organiserGroups(offer));
        runtime.startProcessInstanceByKey(LearningSessionProcess.KEY, session.businessKey(), variables);
        return session.getId();
    }

    /**
     * Moves a session (or changes its place, its link, its capacity) before it starts: each registrant receives the
     * updated invitation; more seats take people off the waiting list; fewer than those registered are refused.
     */
    @Transactional
    public void moveSession(long sessionId, long version, SessionData data) {
        TrainingSession session = common.requireManaged(currentUser.require(), sessionId);
        if (session.getVersion() != version) {
            throw InvalidInputException.of("", "Cette session a changé entre-temps : fermez le formulaire et rouvrez-le.");
        }
        if (!session.getStatus().isUpcoming() || !session.getStartsAt().isAfter(Sessions.now())) {
            throw InvalidInputException.of("", "Cette session a commencé ou est annulée : elle ne change plus.");
        }
        SessionData clean = checked(data, session);
        long seated = registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.REGISTERED);
        if (clean.capacity() < seated) {
            throw InvalidInputException.of("capacity", seated + " personnes sont déjà inscrites : la capacité ne peut "
                    + "descendre en dessous. Annulez d'abord des inscriptions.");
        }
        session.set(clean);
        sessions.saveAndFlush(session);
        ProcessInstance instance = processOf(session);
        Map<String, Object> timers = timers(session);
        runtime.setVariables(instance.getId(), timers);
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            Object due = switch (activity) {
                case LearningSessionProcess.TIMER_DEADLINE -> timers.get(LearningSessionProcess.VAR_DEADLINE);
                case LearningSessionProcess.TIMER_REMINDER -> timers.get(LearningSessionProcess.VAR_REMINDER_AT);
                case LearningSessionProcess.TIMER_START -> timers.get(LearningSessionProcess.VAR_STARTS_AT);
                default -> null;
            };
            if (due != null) {
                management.setJobDuedate(job.getId(), (Date) due);
            }
        }
        List<Registration> told = registrations.findBySessionIdOrderByRegisteredAt(sessionId).stream()
                .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED).toList();
        told.forEach(r -> common.notice(r, NoticeKind.MOVED));
        for (long free = clean.capacity() - seated; free > 0; free--) {
            common.promoteFirstWaiting(session, registrations);
        }
    }

    /** Cancels a session before it starts: every registrant and everyone waiting is told, and its process ends. */
    @Transactional
    public void cancelSession(long sessionId, long version) {
        TrainingSession session = common.requireManaged(currentUser.require(), sessionId);
        if (session.getVersion() != version) {
            throw InvalidInputException.of("", "Cette session a changé entre-temps : rechargez la page.");
        }
        if (!session.getStatus().isUpcoming() || !session.getStartsAt().isAfter(Sessions.now())) {
            throw InvalidInputException.of("", "Cette session a commencé ou est déjà annulée.");
        }
        session.cancel();
        runtime.createMessageCorrelation(LearningSessionProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(session.businessKey()).correlate();
    }

    /** The session as its form edits it, for one who manages it. */
    @Transactional(readOnly = true)
    public SessionData session(long sessionId) {
        TrainingSession s = common.requireReadable(currentUser.require(), sessionId);
        return new SessionData(s.getStartsAt(), s.getEndsAt(), s.getCommuneCode(), s.getAddress(), s.getVideoLink(),
                s.getCapacity(), s.getRegistrationDeadline());
    }

    private ProcessInstance processOf(TrainingSession session) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(session.businessKey(), LearningSessionProcess.KEY).singleResult();
        if (instance == null) {
            throw InvalidInputException.of("", "Cette session est close : elle ne change plus.");
        }
        return instance;
    }

    /** A session's fields checked (French messages at each), texts trimmed; {@code current} when it is moved. */
    private SessionData checked(SessionData data, TrainingSession current) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDateTime now = Sessions.now();
        if (data.startsAt() == null) {
            errors.put("startsAt", "Indiquez le début de la session.");
        } else if (!data.startsAt().isAfter(now)) {
            errors.put("startsAt", "La session doit commencer dans le futur.");
        } else if (data.startsAt().isAfter(now.plusYears(MAX_YEARS_AHEAD))) {
            errors.put("startsAt", "Une session se planifie au plus " + MAX_YEARS_AHEAD + " ans à l'avance.");
        }
        if (data.endsAt() == null) {
            errors.put("endsAt", "Indiquez la fin de la session.");
        } else if (data.startsAt() != null && !data.endsAt().isAfter(data.startsAt())) {
            errors.put("endsAt", "La session doit finir après son début.");
        } else if (data.startsAt() != null
                && java.time.Duration.between(data.startsAt(), data.endsAt()).toMinutes() > MAX_SESSION_MINUTES) {
            errors.put("endsAt", "Une session dure au plus 24 heures : planifiez une session par jour.");
        }
        if (data.capacity() == null || data.capacity() < 1 || data.capacity() > MAX_CAPACITY) {
            errors.put("capacity", "La capacité va de 1 à " + MAX_CAPACITY + " places.");
        }
        if (data.registrationDeadline() == null) {
            errors.put("registrationDeadline", "Indiquez la date limite d'inscription.");
        } else if (data.startsAt() != null && data.registrationDeadline().isAfter(data.startsAt())) {
            errors.put("registrationDeadline", "La date limite d'inscription doit précéder le début de la session.");
        } else if (current != null && current.getStatus() == SessionStatus.CLOSED
                && !data.registrationDeadline().equals(current.getRegistrationDeadline())) {
            errors.put("registrationDeadline", "Les inscriptions sont closes : leur date limite ne change plus.");
        }
        String address = LearningLedger.oneLine(data.address());
        TextLimit.check(errors, "address", address, MAX_ADDRESS);
        String commune = LearningLedger.trimmed(data.communeCode());
        if (commune != null) {
            reference.findCommune(commune, "commune", errors);
        }
        String link = LearningLedger.oneLine(data.videoLink());
        if (link != null && !WebLink.isValid(link)) {
            errors.put("videoLink", "Le lien de la visioconférence doit être une adresse web (https://…) de "
                    + WebLink.MAX_LENGTH + " caractères au plus.");
        }
        if (commune == null && link == null && !errors.containsKey("videoLink")) {
            errors.put("commune", "Indiquez où la session a lieu (une commune), ou le lien de la visioconférence.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SessionData(data.startsAt(), data.endsAt(), commune, address, link, data.capacity(),
                data.registrationDeadline());
    }

    private static Map<String, Object> timers(TrainingSession session) {
        return Map.of(LearningSessionProcess.VAR_DEADLINE, date(session.getRegistrationDeadline()),
                LearningSessionProcess.VAR_REMINDER_AT, date(session.getStartsAt().minusDays(2)),
                LearningSessionProcess.VAR_STARTS_AT, date(session.getStartsAt()));
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(Sessions.PARIS).toInstant());
    }

    /** Who records the attendance: the coordinators, and the directors of an SIAE organiser. */
    private String organiserGroups(TrainingOffer offer) {
        boolean siae = directory.findOrganisation(offer.getOrganiserId())
                .map(o -> o.getKind() == OrganisationKind.SIAE).orElse(false);
        return siae ? WorkflowGroups.roleInOrganisation(Role.SIAE_DIRECTOR, offer.getOrganiserId()) + ","
                + WorkflowGroups.role(Role.COORDINATOR) : WorkflowGroups.role(Role.COORDINATOR);
    }

    // --- Reading ---------------------------------------------------------------------------------------------

    /** A session as the catalogue and the organiser's page list it; {@code mine}: the reader's registration, if any. */
    public record SessionRow(long id, String businessKey, LocalDateTime startsAt, LocalDateTime endsAt, String place,
            int capacity, long seatsTaken, long waiting, LocalDateTime registrationDeadline, SessionStatus status,
            RegistrationStatus mine, long version) {

        public boolean full() {
            return seatsTaken >= capacity;
        }

        public boolean registrationOpen() {
            return status == SessionStatus.OPEN && registrationDeadline.isAfter(Sessions.now());
        }
    }

    /** An offer with its sessions (the coming ones in the catalogue, all of them for its organiser). */
    public record OfferRow(long id, String title, ActivityKind kind, String organiser, String description,
            Set<Audience> audience, List<String> themes, int minutes, String badge, Double surveyAverage,
            int surveyAnswers, boolean managed, long version, List<SessionRow> sessions) {
    }

    /** A page of the catalogue, and how many offers the search finds in all. */
    public record CataloguePage(List<OfferRow> offers, int total) {
    }

    /**
     * The catalogue: the offers matching the words (title, description, themes) and kind, with their coming
     * sessions; offers without one come after those with, by title. A page of them.
     */
    @Transactional(readOnly = true)
    public CataloguePage catalogue(String words, ActivityKind kind, int offset, int limit) {
        CurrentUser user = currentUser.require();
        List<TrainingSession> upcoming = sessions.upcoming(Sessions.now());
        List<TrainingOffer> matching = byTitle(offers.findAll()).stream()
                .filter(o -> kind == null || o.getKind() == kind).filter(o -> matches(o, words)).toList();
        Map<Long, List<TrainingSession>> byOffer = upcoming.stream()
                .collect(Collectors.groupingBy(s -> s.getOffer().getId(), LinkedHashMap::new, Collectors.toList()));
        List<TrainingOffer> ordered = new ArrayList<>(matching);
        ordered.sort(java.util.Comparator.comparing((TrainingOffer o) -> byOffer.containsKey(o.getId())
                ? byOffer.get(o.getId()).get(0).getStartsAt() : LocalDateTime.MAX));
        List<TrainingOffer> page = ordered.stream().skip(offset).limit(limit).toList();
        return new CataloguePage(rows(page, o -> byOffer.getOrDefault(o.getId(), List.of()), user), matching.size());
    }

    /** The offers the acting user manages, with all their sessions (the organiser's page). */
    @Transactional(readOnly = true)
    public List<OfferRow> managedOffers() {
        CurrentUser user = currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
        List<TrainingOffer> mine = byTitle(user.seesAllOrganisations() ? offers.findAll()
                : offers.findByOrganiserIdOrderByTitle(user.organisationId()));
        Map<Long, List<TrainingSession>> byOffer = sessions
                .findByOfferIdInOrderByStartsAt(mine.stream().map(TrainingOffer::getId).toList()).stream()
                .collect(Collectors.groupingBy(s -> s.getOffer().getId()));
        return rows(mine, o -> byOffer.getOrDefault(o.getId(), List.of()), user);
    }

    private List<OfferRow> rows(List<TrainingOffer> page, java.util.function.Function<TrainingOffer,
            List<TrainingSession>> sessionsOf, CurrentUser user) {
        Map<Long, String> organisers = directory.organisationNames(page.stream().map(TrainingOffer::getOrganiserId)
                .collect(Collectors.toSet()));
        Map<Long, String> badgeNames = badges.achievementNames(page.stream().map(TrainingOffer::getAchievementId)
                .filter(java.util.Objects::nonNull).toList());
        List<Long> sessionIds = page.stream().flatMap(o -> sessionsOf.apply(o).stream()).map(TrainingSession::getId)
                .toList();
        Map<Long, Long> taken = new HashMap<>();
        Map<Long, Long> waiting = new HashMap<>();
        Map<Long, RegistrationStatus> mine = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            registrations.countsByStatus(sessionIds).forEach(row -> (row[1] == RegistrationStatus.REGISTERED ? taken
                    : row[1] == RegistrationStatus.WAITING ? waiting : new HashMap<Long, Long>())
                    .put((Long) row[0], (Long) row[2]));
            registrations.activeOf(user.accountId()).forEach(r -> mine.put(r.getSession().getId(), r.getStatus()));
        }
        List<OfferRow> out = new ArrayList<>();
        for (TrainingOffer o : page) {
            List<Registration> surveyed = registrations.surveyedOf(o.getId());
            Double average = surveyed.isEmpty() ? null
                    : surveyed.stream().mapToInt(Registration::getSurveyScore).average().orElse(0);
            boolean manages = Sessions.manages(user, o);
            List<SessionRow> rows = sessionsOf.apply(o).stream().map(s -> new SessionRow(s.getId(), s.businessKey(),
                    s.getStartsAt(), s.getEndsAt(),
                    common.place(s, manages || mine.get(s.getId()) == RegistrationStatus.REGISTERED), s.getCapacity(),
                    taken.getOrDefault(s.getId(), 0L),
                    waiting.getOrDefault(s.getId(), 0L), s.getRegistrationDeadline(), s.getStatus(), mine.get(s.getId()), s.getVersion())).toList();
            out.add(new OfferRow(o.getId(), o.getTitle(), o.getKind(), organisers.getOrDefault(o.getOrganiserId(), ""),
                    o.getDescription(), o.audience(), o.themes(), o.getMinutes(),
                    o.getAchievementId() == null ? null : badgeNames.get(o.getAchievementId()), average,
                    surveyed.size(), Sessions.manages(user, o), o.getVersion(), rows));
        }
        return out;
    }

    /** In French alphabetical order: "Échange" among the E's, not after the Z's. */
    private static List<TrainingOffer> byTitle(List<TrainingOffer> offers) {
        java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
        return offers.stream().sorted(java.util.Comparator.comparing(TrainingOffer::getTitle, french)).toList();
    }

    private static boolean matches(TrainingOffer o, String words) {
        if (words == null || words.isBlank()) {
            return true;
        }
        String text = fr.pepites.common.SearchText.normalize(o.getTitle() + " "
                + (o.getDescription() == null ? "" : o.getDescription()) + " " + String.join(" ", o.themes()));
        return fr.pepites.common.SearchText.words(words).stream().allMatch(text::contains);
    }
}
