package fr.pepites.twinning;

import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Join;
import fr.pepites.common.Plural;
import fr.pepites.common.InputBounds;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.TextLimit;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.Person;
import fr.pepites.directory.UserAccount;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.reference.Position;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.twinning.process.TwinningProcess;
import fr.pepites.workbench.Acceptance;
import fr.pepites.workbench.SolveRun;
import fr.pepites.workbench.SolveWorkbench;
import fr.pepites.workbench.ScoreWords;
import fr.pepites.workbench.WeightSetting;
import fr.pepites.workbench.Workbench;
import fr.pepites.workbench.WorkbenchRow;
import fr.pepites.workbench.WorkbenchStore;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowGroups;
import fr.pepites.workflow.WorkflowService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of knowledge-transfer twinnings (TSF, process 3 and solver 2 of DESIGN.md): the SIAE's requests and
 * every step of {@code bpmn/twinning.bpmn}, and the
 * coordinators' workbench (the shared {@link Workbench}) that places every waiting request at once. The theme
 * catalogue is {@link ThemeCatalogue}'s, the tiers-lieux's offers and calendars {@link TwinningOffers}'. Every user
 * action is one transaction: the twinning's rows and its process change together or not at all. A twinning is seen
 * by its SIAE, by the tiers-lieu once it is proposed there, and by the network's staff.
 */
@Service
@Transactional(readOnly = true)
public class TwinningService implements SolveWorkbench {

    /** The facts of a workbench row, as the grid's columns. */
    public static final String DATES = "dates";
    public static final String DISTANCE = "distance";
    public static final String PARTICIPANTS = "participants";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_DISTANCE_KM = 500;
    private static final int MAX_NOTE = 2000;

    private final TwinningRepository twinnings;
    private final OfferRepository offers;
    private final ThemeCatalogue catalogue;
    private final TwinningTimeline timeline;
    private final DirectoryService directory;
    private final ParcoursService parcours;
    private final WorkflowService workflow;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CurrentUserProvider currentUser;
    private final Workbench<TwinningPlan> workbench;
    private final java.time.Duration timeLimit;

    private final org.springframework.context.ApplicationEventPublisher events;

    TwinningService(TwinningRepository twinnings, OfferRepository offers, ThemeCatalogue catalogue,
            TwinningTimeline timeline, DirectoryService directory, ParcoursService parcours, WorkflowService workflow,
            RuntimeService runtime, TaskService tasks, CurrentUserProvider currentUser,
            SolverManager<TwinningPlan, Long> twinningSolverManager, WorkbenchStore workbenchStore,
            org.springframework.context.ApplicationEventPublisher events,
            @org.springframework.beans.factory.annotation.Value("${pepites.twinning.time-limit:PT60S}")
            java.time.Duration timeLimit) {
        this.events = events;
        this.timeLimit = timeLimit;
        this.twinnings = twinnings;
        this.offers = offers;
        this.catalogue = catalogue;
        this.timeline = timeline;
        this.directory = directory;
        this.parcours = parcours;
        this.workflow = workflow;
        this.runtime = runtime;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.workbench = new Workbench<>("twinning", twinningSolverManager, new TwinningSolveProblem(this), workbenchStore);
    }

    // --- Reading twinnings -------------------------------------------------------------------------------------

    /** One page of the twinnings the acting user may see, latest change first. */
    public List<TwinningRow> search(TwinningFilter filter, Pageable pageable) {
        CurrentUser user = currentUser.require();
        Sort order = Sort.by("updatedAt").descending().and(Sort.by("id"));
        return twinnings.findBy(visible(filter, user), query -> query.sortBy(order)
                .page(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order)).getContent())
                .stream().map(TwinningRow::of).toList();
    }

    public long count(TwinningFilter filter) {
        return twinnings.count(visible(filter, currentUser.require()));
    }

    private Specification<Twinning> visible(TwinningFilter filter, CurrentUser user) {
        Specification<Twinning> spec = switch (user.role()) {
            case COORDINATOR, ADMIN -> (root, query, cb) -> cb.conjunction();
            case SIAE_DIRECTOR, SIAE_STAFF -> (root, query, cb) -> cb.equal(root.get("siaeId"), user.organisationId());
            case TIERS_LIEU_MANAGER -> (root, query, cb) -> cb.equal(root.get("tiersLieuId"), user.organisationId());
            default -> (root, query, cb) -> cb.disjunction();
        };
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.themeCode() != null) {
            spec = spec.and((root, query, cb) -> cb.isMember(filter.themeCode(), root.get("themes")));
        }
        if (!SearchText.normalize(filter.text()).isEmpty()) {
            spec = spec.and(matching(filter.text()));
        }
        return spec;
    }

    /**
     * Twinnings whose number is the text ("TSF-3"), or whose SIAE, tiers-lieu or employee taking part has the words of
     * the text in their name, without regard to case or accents as in every list.
     */
    private static Specification<Twinning> matching(String text) {
        Optional<Long> number = Twinning.idOfBusinessKey(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (number.isPresent()) {
            return (root, query, cb) -> cb.equal(root.get("id"), number.get());
        }
        String pattern = SearchText.containsPattern(text);
        return (root, query, cb) -> {
            Subquery<Long> employees = query.subquery(Long.class);
            Root<Twinning> same = employees.from(Twinning.class);
            Join<Twinning, Participant> participant = same.join("participants");
            Root<Person> person = employees.from(Person.class);
            employees.select(same.get("id")).where(cb.equal(same, root),
                    cb.equal(person.get("id"), participant.get("personId")), cb.like(person.get("searchName"), pattern));
            return cb.or(cb.like(root.get("siae").get("searchName"), pattern),
                    cb.like(root.join("tiersLieu", JoinType.LEFT).get("searchName"), pattern), cb.exists(employees));
        };
    }

    /** The acting user's twinnings still under way (a home card). */
    public long countUnderWay() {
        CurrentUser user = currentUser.require();
        return twinnings.count(visible(TwinningFilter.all(), user).and((root, query, cb) -> root.get("status")
                .in(TwinningStatus.AWAITING_MATCH, TwinningStatus.AWAITING_APPROVAL,
                        TwinningStatus.AWAITING_CONFIRMATION, TwinningStatus.SCHEDULED, TwinningStatus.EVALUATION)));
    }

    public Optional<TwinningDetails> details(long id) {
        CurrentUser user = currentUser.require();
        return twinnings.findById(id).filter(t -> canSee(t, user)).map(t -> details(t, user));
    }

    /** The twinning behind an inbox task, if the acting user may see it. */
    public Optional<TwinningDetails> detailsForTask(InboxTask task) {
        return Twinning.idOfBusinessKey(task.businessKey()).flatMap(this::details);
    }

    /** The day (0 to 3) an attendance task is about. */
    public int dayOfTask(InboxTask task) {
        Object day = tasks.getVariable(task.id(), TwinningProcess.VAR_DAY);
        return day == null ? 0 : ((Number) day).intValue();
    }

    /** The badge earners of a closed twinning, for the badges feature. */
    public List<Participant> badgeEarners(long twinningId) {
        CurrentUser user = currentUser.require();
        return twinnings.findById(twinningId).filter(t -> canSee(t, user) && t.getStatus() == TwinningStatus.CLOSED)
                .map(t -> t.getParticipants().stream().filter(Participant::isBadgeEarner).toList()).orElse(List.of());
    }

    private TwinningDetails details(Twinning t, CurrentUser user) {
        Map<String, String> labels = catalogue.labels();
        boolean siaeSide = isSiaeSide(t, user);
        boolean hostSide = isHostSide(t, user);
        Organisation host = t.getTiersLieu();
        String address = host == null ? null : ((host.getAddressLine() == null ? "" : host.getAddressLine() + ", ")
                + (host.getCommune() == null ? "" : host.getCommune().getFirstPostalCode() + " "
                + host.getCommune().getName())).trim();
        String machines = host == null ? null : offers.findByTiersLieuId(host.getId()).map(Offer::getMachines)
                .orElse(null);
        // A tiers-lieu proposed learns who comes once the SIAE's director has agreed to send them, not before.
        boolean named = !hostSide || TwinningStatus.APPROVED.contains(t.getStatus());
        return new TwinningDetails(TwinningRow.of(t), t.getVersion(), t.getNote(), t.getUnavailableWeekdays(),
                t.getMaxDistanceKm(), t.getThemes().stream().map(c -> labels.getOrDefault(c, c)).sorted().toList(),
                named ? t.getParticipants() : List.of(), named, t.getDays(), t.getDistanceKm(), address, machines, t.getCancelReason(),
                t.getCancelledBy(), t.getSiaeScore(), t.getSiaeComment(), t.getHostScore(), t.getHostComment(),
                siaeSide, hostSide, siaeSide && t.getStatus() == TwinningStatus.DRAFT,
                (siaeSide || hostSide) && cancellable(t),
                t.getStatus() != TwinningStatus.DRAFT && workflow.countInbox(InboxFilter.ofFile(t.businessKey())) > 0,
                timeline.of(t.getId()));
    }

    private boolean canSee(Twinning t, CurrentUser user) {
        return user.seesAllOrganisations() || isSiaeSide(t, user) || isHostSide(t, user);
    }

    private static boolean isSiaeSide(Twinning t, CurrentUser user) {
        return (user.is(Role.SIAE_DIRECTOR) || user.is(Role.SIAE_STAFF)) && user.organisationId() == t.getSiaeId();
    }

    private static boolean isHostSide(Twinning t, CurrentUser user) {
        return user.is(Role.TIERS_LIEU_MANAGER) && t.getTiersLieuId() != null
                && user.organisationId() == t.getTiersLieuId();
    }

    private static boolean cancellable(Twinning t) {
        return t.getStatus().cancellable() && t.firstDay().map(d -> d.isAfter(today())).orElse(true);
    }

    /**
     * Today by the process engine's clock, which is the system's in production: the process tests and the service
     * tests move it to a twinning's days.
     */
    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(PARIS).toLocalDate();
    }

    // --- Requests ------------------------------------------------------------------------------------------------

    /** Who the acting SIAE may name: the employees of its current parcours and its active accounts. */
    public record Candidates(List<Person> employees, List<UserAccount> staff) {
    }

    public Candidates candidatesOfMySiae() {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        return new Candidates(parcours.currentEmployees(user.organisationId()),
                directory.activeAccountsOf(user.organisationId()).stream()
                        .filter(a -> a.getRole() == Role.SIAE_DIRECTOR || a.getRole() == Role.SIAE_STAFF).toList());
    }

    /** A new request of the acting SIAE, saved as a draft. */
    @Transactional
    public Twinning createDraft(TwinningData data) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        List<Participant> named = validate(data, user.organisationId());
        Twinning t = new Twinning(directory.currentOrganisationReference(), currentUser.signature());
        t.update(data, named);
        twinnings.save(t);
        timeline.record(t, TwinningEventType.CREATED, summary(t));
        return t;
    }

    @Transactional
    public void updateDraft(long id, long version, TwinningData data) {
        Twinning t = ownDraft(id, version);
        List<Participant> named = validate(data, t.getSiaeId());
        t.update(data, named);
        timeline.record(t, TwinningEventType.UPDATED, summary(t));
    }

    /** Sends the draft to the coordination: its process starts, waiting for a match. */
    @Transactional
    public void submit(long id, long version) {
        Twinning t = ownDraft(id, version);
        if (t.getEarliestStart().isBefore(today())) {
            throw InvalidInputException.of("earliestStart", "La fenêtre commence dans le passé : modifiez-la avant "
                    + "d'envoyer la demande.");
        }
        t.submitted();
        timeline.record(t, TwinningEventType.SUBMITTED, summary(t));
        Map<String, Object> variables = new HashMap<>();
        variables.put(TwinningProcess.VAR_TWINNING_ID, t.getId());
        variables.put(TwinningProcess.VAR_STAFF_GROUP, WorkflowGroups.roleInOrganisation(Role.SIAE_STAFF,
                t.getSiaeId()));
        variables.put(TwinningProcess.VAR_DIRECTOR_GROUP, WorkflowGroups.roleInOrganisation(Role.SIAE_DIRECTOR,
                t.getSiaeId()));
        variables.put(TwinningProcess.VAR_DAY_NUMBERS, TwinningProcess.DAY_NUMBERS);
        runtime.startProcessInstanceByKey(TwinningProcess.KEY, t.businessKey(), variables);
    }

    /** A new request sent at once: saved and submitted in one action. */
    @Transactional
    public Twinning submitNew(TwinningData data) {
        Twinning t = createDraft(data);
        twinnings.flush();
        submit(t.getId(), t.getVersion());
        return t;
    }

    /** A draft changed and sent in one action. */
    @Transactional
    public void updateAndSubmit(long id, long version, TwinningData data) {
        updateDraft(id, version, data);
        twinnings.flush();
        submit(id, twinnings.findById(id).orElseThrow().getVersion());
    }

    /**
     * Why the proposal of a twinning holds, in French lines, for the director's approval: themes, distance, window,
     * seats and whether the SIAE is new to the tiers-lieu.
     */
    public List<String> explanationOf(long id) {
        CurrentUser user = currentUser.require();
        Twinning t = twinnings.findById(id).filter(x -> canSee(x, user)).orElse(null);
        if (t == null || t.getTiersLieuId() == null) {
            return List.of();
        }
        Offer offer = offers.findByTiersLieuId(t.getTiersLieuId()).orElse(null);
        List<String> lines = new ArrayList<>();
        Map<String, String> labels = catalogue.labels();
        lines.add("Thèmes demandés, tous proposés par le tiers-lieu : " + t.getThemes().stream()
                .map(c -> labels.getOrDefault(c, c)).sorted().collect(Collectors.joining(", ")) + ".");
        lines.add("Distance : " + t.getDistanceKm() + " km, pour " + t.getMaxDistanceKm() + " km au plus.");
        lines.add("Quatre jours (" + dates(t.getDates()) + ") dans la fenêtre du " + DATE.format(t.getEarliestStart())
                + " au " + DATE.format(t.getLatestEnd()) + ", hors jours fériés et jours où la SIAE ne libère "
                + "personne.");
        if (offer != null) {
            lines.add(Plural.of(t.getParticipants().size(), "participant", "participants") + " pour " + offer.getSeatsPerDay()
                    + " places par jour au tiers-lieu.");
        }
        boolean known = twinnings.existsBySiaeIdAndTiersLieuIdAndStatusIn(t.getSiaeId(), t.getTiersLieuId(),
                TwinningStatus.CONFIRMED);
        lines.add(known ? "La SIAE a déjà été accueillie par ce tiers-lieu." : "Un tiers-lieu nouveau pour la SIAE.");
        return lines;
    }

    /** Cancelled by the SIAE or the tiers-lieu before the first day, with a reason: the days are freed. */
    @Transactional
    public void cancel(long id, long version, String reason) {
        CurrentUser user = currentUser.require();
        Twinning t = current(id).filter(x -> isSiaeSide(x, user) || isHostSide(x, user))
                .orElseThrow(() -> new AccessDeniedException("Jumelage introuvable."));
        checkVersion(t, version);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Indiquez le motif de l'annulation.");
        }
        if (!t.getStatus().cancellable()) {
            throw InvalidInputException.of("", "Ce jumelage ne peut plus être annulé.");
        }
        if (!cancellable(t)) {
            throw InvalidInputException.of("", "Le premier jour est passé : le jumelage ne peut plus être annulé.");
        }
        boolean started = t.getStatus() != TwinningStatus.DRAFT;
        Side side = isSiaeSide(t, user) ? Side.SIAE : Side.TIERS_LIEU;
        t.cancelled(side, reason.trim());
        timeline.record(t, TwinningEventType.CANCELLED, (side == Side.SIAE ? "Par la SIAE : " : "Par le tiers-lieu : ")
                + reason.trim());
        if (started) {
            runtime.createMessageCorrelation(TwinningProcess.MESSAGE_CANCELLED)
                    .processInstanceBusinessKey(t.businessKey()).correlate();
        }
    }

    private Twinning ownDraft(long id, long version) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        Twinning t = current(id).filter(x -> x.getSiaeId() == user.organisationId())
                .orElseThrow(() -> new AccessDeniedException("Jumelage introuvable."));
        checkVersion(t, version);
        if (t.getStatus() != TwinningStatus.DRAFT) {
            throw InvalidInputException.of("", "La demande est déjà envoyée : elle ne se modifie plus.");
        }
        return t;
    }

    /** The request's French errors by field, or its participants as named. */
    private List<Participant> validate(TwinningData data, long siaeId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (data.themes() == null || data.themes().isEmpty()) {
            errors.put("themes", "Choisissez au moins un thème.");
        } else if (!catalogue.activeCodes().containsAll(data.themes())) {
            errors.put("themes", "Un thème choisi n'est plus au catalogue : rechargez la page.");
        }
        List<Participant> named = new ArrayList<>();
        Map<Long, Person> employees = parcours.currentEmployees(siaeId).stream()
                .collect(Collectors.toMap(Person::getId, p -> p));
        Map<Long, UserAccount> staff = directory.activeAccountsOf(siaeId).stream()
                .collect(Collectors.toMap(UserAccount::getId, a -> a));
        List<Long> employeeIds = data.employeeIds() == null ? List.of() : data.employeeIds();
        List<Long> staffIds = data.staffIds() == null ? List.of() : data.staffIds();
        for (Long personId : employeeIds.stream().distinct().toList()) {
            Person p = employees.get(personId);
            if (p == null) {
                errors.put("employees", "Une personne choisie n'a plus de parcours en cours dans votre SIAE.");
            } else {
                named.add(Participant.employee(p.getId(), p.getFullName()));
            }
        }
        for (Long accountId : staffIds.stream().distinct().toList()) {
            UserAccount a = staff.get(accountId);
            if (a == null) {
                errors.put("staff", "Un membre de l'équipe choisi n'a plus de compte actif dans votre SIAE.");
            } else {
                named.add(Participant.staff(a.getId(), a.getFullName()));
            }
        }
        if (named.isEmpty() && !errors.containsKey("employees") && !errors.containsKey("staff")) {
            errors.put("employees", "Nommez au moins un participant : salarié en parcours ou membre de l'équipe.");
        }
        if (data.rhythm() == null) {
            errors.put("rhythm", "Choisissez le rythme des quatre jours.");
        }
        LocalDate from = data.earliestStart();
        LocalDate to = data.latestEnd();
        if (from == null) {
            errors.put("earliestStart", "Indiquez le premier jour possible.");
        } else if (from.isBefore(today())) {
            errors.put("earliestStart", "La fenêtre ne peut pas commencer dans le passé.");
        }
        InputBounds.checkAhead(errors, "earliestStart", from, today());
        if (to == null) {
            errors.put("latestEnd", "Indiquez le dernier jour possible.");
        } else if (from != null && to.isBefore(from)) {
            errors.put("latestEnd", "La fin de la fenêtre doit suivre son début.");
        } else if (from != null && data.rhythm() != null
                && ChronoUnit.DAYS.between(from, to) + 1 < TwinningCalendar.minimumWindowDays(data.rhythm())) {
            errors.put("latestEnd", "La fenêtre est trop courte pour ce rythme : il faut au moins "
                    + TwinningCalendar.minimumWindowDays(data.rhythm()) + " jours du premier au dernier jour.");
        } else if (from != null && to.isAfter(from.plusYears(1))) {
            errors.put("latestEnd", "La fenêtre tient en un an au plus.");
        }
        Set<DayOfWeek> unavailable = data.unavailableWeekdays() == null ? Set.of() : data.unavailableWeekdays();
        if (unavailable.containsAll(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))) {
            errors.put("unavailableWeekdays", "Laissez au moins un jour de semaine où vos participants sont libres.");
        }
        if (data.maxDistanceKm() == null || data.maxDistanceKm() < 1) {
            errors.put("maxDistanceKm", "Indiquez la distance maximale, en kilomètres.");
        } else if (data.maxDistanceKm() > MAX_DISTANCE_KM) {
            errors.put("maxDistanceKm", MAX_DISTANCE_KM + " km au plus.");
        }
        TextLimit.check(errors, "note", data.note(), MAX_NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return named;
    }

    private String summary(Twinning t) {
        Map<String, String> labels = catalogue.labels();
        return t.getThemes().stream().map(c -> labels.getOrDefault(c, c)).sorted().collect(Collectors.joining(", "))
                + " ; " + Plural.of(t.getParticipants().size(), "participant", "participants") + " ; du " + DATE.format(t.getEarliestStart())
                + " au " + DATE.format(t.getLatestEnd());
    }

    // --- The coordinator's acceptance of a proposal (from the workbench) ------------------------------------------

    /**
     * Puts a proposal to the SIAE's director, in the workbench's transaction, after checking it again against the
     * current data; empty when done, else why not.
     */
    Optional<String> acceptProposal(Placement p) {
        String who = p.getId() + " : ";
        Twinning t = current(p.getTwinningId()).orElse(null);
        if (t == null || t.getStatus() != TwinningStatus.AWAITING_MATCH) {
            return Optional.of(who + "la demande n'attend plus de rapprochement.");
        }
        Host host = p.getHost();
        Offer offer = offers.findByTiersLieuId(host.tiersLieuId()).orElse(null);
        if (offer == null || !offer.getThemes().containsAll(t.getThemes())) {
            return Optional.of(who + host.name() + " ne propose plus tous les thèmes demandés.");
        }
        if (t.getExcludedTiersLieux().contains(host.tiersLieuId())) {
            return Optional.of(who + host.name() + " a été écarté pour cette demande.");
        }
        Optional<List<LocalDate>> days = TwinningCalendar.days(p.getStart(), t.getRhythm(), TwinningCalendar.openDays(
                offer.getOpenWeekdays(), offer.getClosures(),
                t.getUnavailableWeekdays()));
        if (days.isEmpty() || days.get().get(0).isBefore(t.getEarliestStart())
                || days.get().get(Twinning.DAYS - 1).isAfter(t.getLatestEnd()) || !days.get().get(0).isAfter(today())) {
            return Optional.of(who + "les quatre jours ne tiennent plus dans la fenêtre ou les jours d'ouverture de "
                    + host.name() + ".");
        }
        Optional<String> full = fullOn(offer, days.get(), t.getParticipants().size(), t.getId());
        if (full.isPresent()) {
            return Optional.of(who + full.get());
        }
        Organisation org = directory.findOrganisation(host.tiersLieuId()).orElseThrow();
        int km = p.getPosition().kilometresTo(host.position());
        t.matched(org, days.get(), km);
        timeline.record(t, TwinningEventType.MATCHED, org.getName() + ", les " + dates(days.get()) + " (" + km + " km)");
        runtime.createMessageCorrelation(TwinningProcess.MESSAGE_MATCHED).processInstanceBusinessKey(t.businessKey())
                .setVariable(TwinningProcess.VAR_HOST_GROUP,
                        WorkflowGroups.roleInOrganisation(Role.TIERS_LIEU_MANAGER, org.getId()))
                .correlate();
        return Optional.empty();
    }

    /**
     * A coordinator places one waiting request by hand at a tiers-lieu from a start date, with the same checks as a
     * solver's proposal; a French error when it does not hold.
     */
    @Transactional
    public void placeByHand(long twinningId, long tiersLieuId, LocalDate start) {
        coordinator();
        TwinningPlan plan = buildPlan();
        Twinning t = twinnings.findById(twinningId).orElseThrow(() -> InvalidInputException.of("",
                "Jumelage introuvable."));
        Placement p = plan.placement(t.businessKey());
        Host host = plan.getHosts().stream().filter(h -> h.tiersLieuId() == tiersLieuId).findFirst().orElse(null);
        if (p == null || host == null) {
            throw InvalidInputException.of("", "Cette demande n'attend pas de rapprochement, ou ce tiers-lieu n'a pas "
                    + "d'offre.");
        }
        p.setHost(host);
        p.setStart(start);
        acceptProposal(p).ifPresent(why -> {
            throw InvalidInputException.of("", why);
        });
    }

    /** Why these days are full at this tiers-lieu (seats or weekly limit), the given twinning aside; empty if not. */
    private Optional<String> fullOn(Offer offer, List<LocalDate> days, int participants, long twinningId) {
        Host host = hostOf(offer, null, twinnings.findHoldingSeatsAt(offer.getTiersLieuId(),
                TwinningStatus.HOLDING_SEATS).stream().filter(other -> other.getId() != twinningId).toList());
        Map<LocalDate, Long> perWeek = days.stream().collect(Collectors.groupingBy(Host::weekOf, Collectors.counting()));
        for (LocalDate d : days) {
            if (participants > host.seatsLeft(d)) {
                return Optional.of("il ne reste que " + Plural.of(Math.max(0, host.seatsLeft(d)), "place", "places") + " le "
                        + DATE.format(d) + ".");
            }
            if (perWeek.get(Host.weekOf(d)) > host.daysLeftInWeekOf(d)) {
                return Optional.of("la semaine du " + DATE.format(Host.weekOf(d)) + " dépasse les "
                        + Plural.of(offer.getWeeklyLimit(), "jour", "jours") + " de jumelage accueillis par semaine.");
            }
        }
        return Optional.empty();
    }

    /**
     * An offer as the solver and the checks read it, with the seats and days these twinnings hold there; the checks of
     * an acceptance or a moved day need no position ({@code at} null).
     */
    private static Host hostOf(Offer o, Position at, List<Twinning> holding) {
        return Host.withBookings(hostId(o.getTiersLieuId()), o.getTiersLieuId(), o.getTiersLieu().getName(), at,
                o.getThemes(), o.getMachines(), o.getSeatsPerDay(), o.getWeeklyLimit(), o.getOpenWeekdays(),
                o.getClosures(), holding.stream().flatMap(t -> t.getDates().stream()
                        .map(d -> new Host.Booking(d, t.getParticipants().size()))).toList());
    }

    private static String dates(List<LocalDate> days) {
        return days.stream().map(DATE::format).collect(Collectors.joining(", "));
    }

    // --- Approval, confirmation, days, evaluation -----------------------------------------------------------------

    /** The SIAE's director approves the proposal: the tiers-lieu is asked to confirm. */
    @Transactional
    public void approve(String taskId, long id, long version) {
        TaskAction on = onTask(taskId, id, version, TwinningProcess.TASK_APPROVE);
        timeline.record(on.twinning(), TwinningEventType.APPROVED, on.twinning().getTiersLieu().getName());
        workflow.complete(on.task(), Map.of(TwinningProcess.VAR_APPROVED, true));
    }

    /** The director declines, with a reason: that tiers-lieu is excluded, the request goes back to matching. */
    @Transactional
    public void declineApproval(String taskId, long id, long version, String reason) {
        TaskAction on = onTask(taskId, id, version, TwinningProcess.TASK_APPROVE);
        String why = requireReason(reason);
        Twinning t = on.twinning();
        timeline.record(t, TwinningEventType.DECLINED_BY_SIAE, t.getTiersLieu().getName() + " : " + why);
        t.declined();
        workflow.complete(on.task(), Map.of(TwinningProcess.VAR_APPROVED, false));
    }

    /** The tiers-lieu confirms it hosts the four days. */
    @Transactional
    public void confirm(String taskId, long id, long version) {
        TaskAction on = onTask(taskId, id, version, TwinningProcess.TASK_CONFIRM);
        timeline.record(on.twinning(), TwinningEventType.CONFIRMED, dates(on.twinning().getDates()));
        workflow.complete(on.task(), Map.of(TwinningProcess.VAR_CONFIRMED, true));
    }

    /** The tiers-lieu declines, with a reason: it is excluded, the request goes back to matching. */
    @Transactional
    public void declineHosting(String taskId, long id, long version, String reason) {
        TaskAction on = onTask(taskId, id, version, TwinningProcess.TASK_CONFIRM);
        String why = requireReason(reason);
        Twinning t = on.twinning();
        timeline.record(t, TwinningEventType.DECLINED_BY_TIERS_LIEU, t.getTiersLieu().getName() + " : " + why);
        t.declined();
        workflow.complete(on.task(), Map.of(TwinningProcess.VAR_CONFIRMED, false));
    }

    /** The tiers-lieu must move a day not yet come: to another open day of the window with seats left. */
    @Transactional
    public void moveDay(long id, long version, int day, LocalDate to) {
        CurrentUser user = currentUser.requireRole(Role.TIERS_LIEU_MANAGER);
        Twinning t = current(id).filter(x -> isHostSide(x, user))
                .orElseThrow(() -> new AccessDeniedException("Jumelage introuvable."));
        checkVersion(t, version);
        if (t.getStatus() != TwinningStatus.AWAITING_CONFIRMATION && t.getStatus() != TwinningStatus.SCHEDULED) {
            throw InvalidInputException.of("", "Les jours ne se déplacent qu'une fois proposés et avant qu'ils passent.");
        }
        if (day < 0 || day >= Twinning.DAYS) {
            throw InvalidInputException.of("day", "Choisissez le jour à déplacer.");
        }
        TwinningDay moved = t.getDays().get(day);
        if (moved.isRecorded() || !moved.getDate().isAfter(today())) {
            throw InvalidInputException.of("day", "Ce jour est passé : il ne se déplace plus.");
        }
        if (to == null) {
            throw InvalidInputException.of("date", "Indiquez la nouvelle date.");
        }
        Offer offer = offers.findByTiersLieuId(user.organisationId()).orElseThrow();
        String field = "date";
        if (!to.isAfter(today())) {
            throw InvalidInputException.of(field, "La nouvelle date doit être à venir.");
        }
        if (to.isBefore(t.getEarliestStart()) || to.isAfter(t.getLatestEnd())) {
            throw InvalidInputException.of(field, "La nouvelle date sort de la fenêtre de la demande (du "
                    + DATE.format(t.getEarliestStart()) + " au " + DATE.format(t.getLatestEnd()) + ").");
        }
        if (!TwinningCalendar.openDays(offer.getOpenWeekdays(), offer.getClosures(),
                t.getUnavailableWeekdays()).test(to)) {
            throw InvalidInputException.of(field, "Le " + DATE.format(to) + " n'est pas un jour d'ouverture possible "
                    + "(jour fermé, férié, ou où la SIAE ne libère pas ses participants).");
        }
        List<LocalDate> dates = new ArrayList<>(t.getDates());
        dates.set(day, to);
        if (dates.stream().distinct().count() < Twinning.DAYS) {
            throw InvalidInputException.of(field, "Le jumelage a déjà lieu ce jour-là.");
        }
        Optional<String> full = fullOn(offer, dates, t.getParticipants().size(), t.getId());
        if (full.isPresent()) {
            throw InvalidInputException.of(field, "Impossible : " + full.get());
        }
        LocalDate from = moved.getDate();
        t.moveDay(day, to);
        for (org.camunda.bpm.engine.task.Task task : tasks.createTaskQuery().processInstanceBusinessKey(t.businessKey())
                .taskDefinitionKey(TwinningProcess.TASK_ATTENDANCE).list()) {
            if (((Number) tasks.getVariable(task.getId(), TwinningProcess.VAR_DAY)).intValue() == day) {
                TwinningProcessGlue.dueOn(task, to, day);
                tasks.saveTask(task);
            }
        }
        timeline.record(t, TwinningEventType.DAY_MOVED, "Jour " + (day + 1) + " : du " + DATE.format(from) + " au "
                + DATE.format(to));
    }

    /** Whether the presences of a twinning's day can be recorded: that day or after, never before. */
    public boolean attendanceOpenOn(LocalDate day) {
        return !day.isAfter(today());
    }

    /** The tiers-lieu records who was present on one day, that day or after. */
    @Transactional
    public void recordAttendance(String taskId, long id, long version, List<Boolean> present) {
        TaskAction on = onTask(taskId, id, version, TwinningProcess.TASK_ATTENDANCE);
        Twinning t = on.twinning();
        int day = dayOfTask(on.task());
        LocalDate date = t.getDays().get(day).getDate();
        if (!attendanceOpenOn(date)) {
            throw InvalidInputException.of("", "Les présences du " + DATE.format(date) + " se relèvent ce jour-là ou "
                    + "après, pas avant.");
        }
        if (present == null || present.size() != t.getParticipants().size() || present.contains(null)) {
            throw InvalidInputException.of("present", "Indiquez, pour chaque participant, présent ou absent.");
        }
        t.recordAttendance(day, present);
        List<Participant> participants = t.getParticipants();
        events.publishEvent(new TwinningDayAttended(t.businessKey(), date,
                participants.stream().filter(p -> p.isEmployee() && Boolean.TRUE.equals(p.presentOn(day)))
                        .map(Participant::getPersonId).toList(),
                participants.stream().filter(p -> !p.isEmployee() && Boolean.TRUE.equals(p.presentOn(day)))
                        .map(Participant::getAccountId).toList(),
                t.getThemes()));
        long count = present.stream().filter(Boolean::booleanValue).count();
        timeline.record(t, TwinningEventType.ATTENDANCE_RECORDED, "Jour " + (day + 1) + " (" + DATE.format(date)
                + ") : " + Plural.of(count, "présent", "présents") + " sur " + present.size());
        workflow.complete(on.task(), Map.of());
    }

    /** One side's evaluation: a score from 1 to 5 and a comment. */
    @Transactional
    public void evaluate(String taskId, long id, long version, Integer score, String comment) {
        TaskAction on = onTask(taskId, id, version, TwinningProcess.TASK_EVALUATE_SIAE,
                TwinningProcess.TASK_EVALUATE_HOST);
        Map<String, String> errors = new LinkedHashMap<>();
        if (score == null || score < 1 || score > 5) {
            errors.put("score", "La note va de 1 à 5.");
        }
        TextLimit.check(errors, "comment", comment, MAX_NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Side side = on.task().taskDefinitionKey().equals(TwinningProcess.TASK_EVALUATE_SIAE) ? Side.SIAE
                : Side.TIERS_LIEU;
        on.twinning().evaluated(side, score, comment);
        timeline.record(on.twinning(), TwinningEventType.EVALUATED, (side == Side.SIAE ? "SIAE" : "Tiers-lieu")
                + " : " + score + "/5");
        workflow.complete(on.task(), Map.of());
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Indiquez le motif du refus.");
        }
        TextLimit.check("reason", reason, 1000);
        return reason.trim();
    }

    /** A task the acting user may act on, and the twinning it is about. */
    private record TaskAction(InboxTask task, Twinning twinning) {
    }

    private TaskAction onTask(String taskId, long id, long version, String... taskKeys) {
        Twinning t = current(id).orElseThrow(() -> new AccessDeniedException("Jumelage introuvable."));
        InboxTask task = workflow.requireTaskAt(taskId, t.businessKey(), List.of(taskKeys));
        checkVersion(t, version);
        return new TaskAction(task, t);
    }

    private static void checkVersion(Twinning t, long version) {
        if (version != t.getVersion()) {
            throw InvalidInputException.of("", "Ce jumelage a changé entre-temps : fermez le formulaire et rouvrez-le "
                    + "pour voir sa situation actuelle.");
        }
    }

    private Optional<Twinning> current(long id) {
        twinnings.flush();
        return twinnings.findById(id);
    }

    // --- Building the solver's problem -------------------------------------------------------------------------

    /** Every request waiting for a match, every offer, and the seats already held: the workbench's problem. */
    TwinningPlan buildPlan() {
        Map<Long, List<Twinning>> held = twinnings.findHoldingSeats(TwinningStatus.HOLDING_SEATS).stream()
                .collect(Collectors.groupingBy(Twinning::getTiersLieuId));
        List<Host> hosts = new ArrayList<>();
        for (Offer o : offers.findOfActiveTiersLieux()) {
            Optional<Position> at = positionOf(o.getTiersLieu());
            if (o.getThemes().isEmpty() || o.getOpenWeekdays().isEmpty() || at.isEmpty()) {
                continue;
            }
            hosts.add(hostOf(o, at.get(), held.getOrDefault(o.getTiersLieuId(), List.of())));
        }
        Map<Long, Set<String>> known = new HashMap<>();
        for (Object[] pair : twinnings.pastPairs(TwinningStatus.CONFIRMED)) {
            known.computeIfAbsent((Long) pair[0], k -> new java.util.HashSet<>()).add(hostId((Long) pair[1]));
        }
        LocalDate tomorrow = today().plusDays(1);
        List<Placement> placements = new ArrayList<>();
        for (Twinning t : twinnings.findInStatus(TwinningStatus.AWAITING_MATCH)) {
            Optional<Position> at = positionOf(t.getSiae());
            if (at.isEmpty()) {
                continue;
            }
            LocalDate from = t.getEarliestStart().isAfter(tomorrow) ? t.getEarliestStart() : tomorrow;
            placements.add(new Placement(t.businessKey(), t.getId(), String.valueOf(t.getSiaeId()),
                    t.getSiae().getName(), at.get(), t.getThemes(), t.getParticipants().size(), from,
                    t.getLatestEnd(), t.getRhythm(), t.getUnavailableWeekdays(), t.getMaxDistanceKm(),
                    t.getExcludedTiersLieux().stream().map(TwinningService::hostId).collect(Collectors.toSet()),
                    known.getOrDefault(t.getSiaeId(), Set.of())));
        }
        return new TwinningPlan(hosts, placements);
    }

    static String hostId(long tiersLieuId) {
        return "T-" + tiersLieuId;
    }

    private static Optional<Position> positionOf(Organisation o) {
        if (o.getLatitude() != null && o.getLongitude() != null) {
            return Optional.of(new Position(o.getCommune() == null ? "" : o.getCommune().getInseeCode(),
                    o.getLatitude(), o.getLongitude(), o.isPositionApproximate()));
        }
        if (o.getCommune() != null && o.getCommune().getLatitude() != null) {
            return Optional.of(new Position(o.getCommune().getInseeCode(), o.getCommune().getLatitude(),
                    o.getCommune().getLongitude(), o.getCommune().isApproximate()));
        }
        return Optional.empty();
    }

    // --- The workbench -----------------------------------------------------------------------------------------
    // Not in this class's read-only transaction: the workbench opens its own (a caller's, in tests, is joined).

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<SolveRun> current() {
        coordinator();
        return workbench.current();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<WorkbenchRow> proposals() {
        coordinator();
        return workbench.proposals();
    }

    @Override
    public ScoreWords.Soft scoreKind() {
        return ScoreWords.Soft.PENALTIES;
    }

    @Override
    public List<WeightSetting> weights() {
        coordinator();
        List<WeightSetting> result = new ArrayList<>();
        TwinningWeights.hardConstraints().forEach(name -> result.add(new WeightSetting(name, true, 1,
                TwinningWeights.unit(name))));
        result.add(new WeightSetting(TwinningWeights.UNPLACED, false, 1, TwinningWeights.unit(TwinningWeights.UNPLACED)));
        TwinningWeights.softConstraints().forEach(name -> result.add(new WeightSetting(name, false,
                TwinningWeights.points(name), TwinningWeights.unit(name))));
        return result;
    }

    @Override
    public java.time.Duration timeLimit() {
        return timeLimit;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public SolveRun start() {
        return workbench.start(coordinator().fullName());
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public SolveRun resolve() {
        return workbench.resolve(coordinator().fullName());
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void stop() {
        coordinator();
        workbench.stop();
    }

    /** Accepts these proposals: each request goes to its SIAE's director, with its tiers-lieu and four days. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Acceptance accept(Collection<String> ids) {
        coordinator();
        return workbench.accept(ids);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void reject(Collection<String> ids) {
        coordinator();
        workbench.reject(ids);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void pin(Collection<String> ids, boolean pinned) {
        coordinator();
        workbench.pin(ids, pinned);
    }

    @Override
    public Runnable subscribe(Consumer<SolveRun> listener) {
        return workbench.subscribe(listener);
    }

    private CurrentUser coordinator() {
        return currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
    }
}
