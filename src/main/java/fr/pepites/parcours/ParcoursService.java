package fr.pepites.parcours;

import fr.pepites.common.Plural;
import fr.pepites.common.Csv;
import fr.pepites.common.InputBounds;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.TextLimit;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.directory.Person;
import fr.pepites.parcours.ParcoursDetails.IntroductionLine;
import fr.pepites.parcours.ParcoursDetails.ProposalLine;
import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.parcours.process.ParcoursProcess.HandBackDecision;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.TimelineEntry;
import fr.pepites.workflow.WorkflowGroups;
import fr.pepites.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of parcours and their end-of-parcours transition. Every user action is one transaction: the parcours's
 * rows and its process ({@code bpmn/parcours-transition.bpmn}) change together or not at all. A parcours is seen by
 * its SIAE, by the network's staff, and, once it has accepted the hand-back, by the CEP operator it was handed to.
 */
@Service
@Transactional(readOnly = true)
public class ParcoursService {

    /** The longest texts kept (their columns): the forms stop there, the service refuses more. */
    public static final int MAX_EXIT_PROJECT = 2000;
    public static final int MAX_SKILL = 250;
    public static final int MAX_EVIDENCE = 2000;
    public static final int MAX_PLACE = 300;
    public static final int MAX_NOTE = 1000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ParcoursDates.PARIS);
    private static final String PASS_NUMBER = "\\d{12}";
    private static final String PASS_NUMBER_FORMAT = "Le numéro de PASS IAE compte 12 chiffres.";

    private final ParcoursRepository parcours;
    private final PassIaeRepository passes;
    private final BadgeProposalRepository proposals;
    private final IntroductionRepository introductions;
    private final ParcoursEventRepository events;
    private final ParcoursTimeline timeline;
    private final DirectoryService directory;
    private final ReferenceDataService referenceData;
    private final WorkflowService workflow;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CurrentUserProvider currentUser;

    ParcoursService(ParcoursRepository parcours, PassIaeRepository passes, BadgeProposalRepository proposals,
            IntroductionRepository introductions, ParcoursEventRepository events, ParcoursTimeline timeline,
            DirectoryService directory, ReferenceDataService referenceData, WorkflowService workflow,
            RuntimeService runtime, TaskService tasks, CurrentUserProvider currentUser) {
        this.parcours = parcours;
        this.passes = passes;
        this.proposals = proposals;
        this.introductions = introductions;
        this.events = events;
        this.timeline = timeline;
        this.directory = directory;
        this.referenceData = referenceData;
        this.workflow = workflow;
        this.runtime = runtime;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    // --- Reading -------------------------------------------------------------------------------------------

    /** One page of the parcours the acting user may see; current ones by planned end first. */
    public List<ParcoursRow> search(ParcoursFilter filter, Pageable pageable) {
        CurrentUser user = currentUser.require();
        Sort order = pageable.getSort().isSorted() ? pageable.getSort()
                : Sort.by("plannedEnd").ascending().and(Sort.by("id"));
        List<Parcours> rows = parcours.findBy(visible(filter, user), query -> pageable.isPaged()
                ? query.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order)).getContent()
                : query.sortBy(order).all());
        return rows.stream().map(ParcoursRow::of).toList();
    }

    public long count(ParcoursFilter filter) {
        return parcours.count(visible(filter, currentUser.require()));
    }

    /** Whether the acting user sees the parcours of several SIAE (network staff), to filter by one. */
    public boolean listsSeveralSiae() {
        return currentUser.require().seesAllOrganisations();
    }

    /** A parcours as its page shows it; the opening goes into the journal of the person's file. */
    @Transactional
    public Optional<ParcoursDetails> details(long id) {
        return find(id).map(p -> opened(p, ""));
    }

    /** The parcours behind an inbox task, if the acting user may see it; the opening is recorded. */
    @Transactional
    public Optional<ParcoursDetails> detailsForTask(InboxTask task) {
        CurrentUser user = currentUser.require();
        return Parcours.idOfBusinessKey(String.valueOf(task.businessKey())).flatMap(parcours::findById)
                // The CEP operator a hand-back is offered to reads it before accepting it.
                .filter(p -> canSee(p, user) || (task.taskDefinitionKey().equals(ParcoursProcess.TASK_ACCEPT_HAND_BACK)
                        && p.getHandBackCep() != null && p.getHandBackCep().getId() == user.organisationId()))
                .map(p -> opened(p, " (tâche « " + task.name() + " »)"));
    }

    /** The contracts of the acting user's SIAE, as its kind uses them. */
    public List<ContractKind> contractsOfMySiae() {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        return directory.findOrganisation(user.organisationId()).map(siae -> ContractKind.usedBy(siae.getSiaeKind()))
                .orElse(List.of());
    }

    /** The PASS IAE number a person already has, if any (a later parcours goes on with it). */
    public Optional<String> passNumberOf(long personId) {
        return passes.findByPersonId(personId).map(PassIae::getNumber);
    }

    /** The hand-backs offered to or accepted by the acting adviser's CEP operator, latest first. */
    public List<HandBackRow> handBacks(HandBackStatus status, Pageable pageable) {
        return parcours.findBy(handBacksOf(status), query -> query.sortBy(Sort.by("updatedAt").descending())
                .page(pageable).getContent()).stream().map(HandBackRow::of).toList();
    }

    public long countHandBacks(HandBackStatus status) {
        return parcours.count(handBacksOf(status));
    }

    private Specification<Parcours> handBacksOf(HandBackStatus status) {
        CurrentUser user = currentUser.requireRole(Role.CEP_ADVISER);
        return (root, query, cb) -> cb.and(cb.equal(root.get("handBackCepId"), user.organisationId()),
                status == null ? cb.isNotNull(root.get("handBackStatus")) : cb.equal(root.get("handBackStatus"), status));
    }

    /** The acting SIAE's parcours ending within three months (its home card). */
    public long countEndingSoon() {
        return count(new ParcoursFilter(null, null, true, true, null));
    }

    /** The parcours whose six-month follow-up is due. */
    public long countFollowUpsDue() {
        return parcours.count(visible(new ParcoursFilter(null, ParcoursStatus.EXITED, false, false, null),
                currentUser.require()).and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("exitDate"),
                LocalDate.now().minusMonths(6))));
    }

    /** The persons employed now by this SIAE in a current parcours, by name (participants of a twinning). */
    public List<Person> currentEmployees(long siaeId) {
        return parcours.findCurrentEmployees(siaeId, ParcoursStatus.CURRENT).stream()
                .sorted(Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName)).toList();
    }

    /** The competences proposed for badges in the person's parcours, for the badges feature. */
    public List<BadgeProposal> badgeProposals(long parcoursId) {
        return find(parcoursId).map(p -> proposals.findOfParcours(p.getId())).orElse(List.of());
    }

    /**
     * Every badge proposal of the parcours the acting user may see (their SIAE's, or all for network staff), with
     * person, parcours and SIAE loaded, newest first: the badges feature decides them.
     */
    @Transactional(readOnly = true)
    public List<BadgeProposal> visibleBadgeProposals() {
        CurrentUser user = currentUser.require();
        return proposals.findAllToDecide().stream().filter(b -> user.canSee(b.getParcours().getSiae().getId()))
                .toList();
    }

    /** Every event of the person's parcours, latest first, for the journal of their file (administrators). */
    public List<TimelineEntry> timelineOfPerson(long personId) {
        currentUser.requireRole(Role.ADMIN);
        return timeline.ofPerson(personId);
    }

    /** The exits of a period by SIAE and category, for network staff. */
    public ExitsReport exitsReport(LocalDate from, LocalDate to) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("from", "Indiquez le début de la période.");
        }
        if (to == null) {
            errors.put("to", "Indiquez la fin de la période.");
        } else if (from != null && to.isBefore(from)) {
            errors.put("to", "La fin de la période doit suivre son début.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : parcours.countExits(from, to)) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[5]);
            long n = ((Number) row[3]).longValue();
            if (Boolean.FALSE.equals(row[2])) {
                c[4] += n;
            } else {
                c[((ExitCategory) row[1]).ordinal()] += n;
            }
        }
        List<ExitsReport.Row> rows = counts.entrySet().stream()
                .map(e -> new ExitsReport.Row(e.getKey(), directory.findOrganisation(e.getKey())
                        .map(Organisation::getName).orElse(""), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3], e.getValue()[4]))
                .sorted(Comparator.comparing(ExitsReport.Row::siaeName)).toList();
        ExitsReport.Row total = rows.stream().reduce(new ExitsReport.Row(null, null, 0, 0, 0, 0, 0),
                ExitsReport.Row::plus);
        return new ExitsReport(from, to, rows, total);
    }

    /**
     * The exits report as a CSV file, one line per SIAE and the total, its columns named with the screen's words (its
     * i18n keys, given by {@code words}).
     */
    public byte[] exitsCsv(LocalDate from, LocalDate to, Function<String, String> words) {
        ExitsReport report = exitsReport(from, to);
        List<List<?>> lines = new ArrayList<>();
        report.rows().forEach(row -> lines.add(csvLine(row.siaeName(), row)));
        lines.add(csvLine(words.apply("exits.total"), report.total()));
        return Csv.of(Stream.of("parcours.siae", "parcours.exitCategory.DURABLE_JOB",
                "parcours.exitCategory.TRANSITION_JOB", "parcours.exitCategory.POSITIVE_EXIT",
                "parcours.exitCategory.OTHER_EXIT", "exits.counted", "exits.dynamicCount", "exits.dynamicSharePercent",
                "exits.withdrawn").map(words).toList(), lines);
    }

    private static List<?> csvLine(String name, ExitsReport.Row row) {
        return List.of(name, row.durable(), row.transition(), row.positive(), row.other(), row.counted(),
                row.dynamic(), row.dynamicShare() == null ? "" : String.format(java.util.Locale.FRANCE, "%.1f",
                        100 * row.dynamicShare()), row.withdrawn());
    }

    private Optional<Parcours> find(long id) {
        return parcours.findOne(visible(new ParcoursFilter(null, null, false, false, null), currentUser.require())
                .and((root, query, cb) -> cb.equal(root.get("id"), id)));
    }

    private ParcoursDetails opened(Parcours p, String from) {
        directory.recordRead(p.getPerson().getId(), "Parcours " + p.businessKey() + from);
        CurrentUser user = currentUser.require();
        boolean ownSiae = (user.is(Role.SIAE_DIRECTOR) || user.is(Role.SIAE_STAFF))
                && p.getSiae().getId() == user.organisationId();
        PassIae pass = p.getPass();
        return new ParcoursDetails(ParcoursRow.of(p), p.getVersion(), pass.getNumber(), pass.getStartDate(),
                pass.getExtensionReason(), pass.latestEnd(), p.getWeeklyHours(), p.getSuspensions(), p.getBreakDate(),
                p.getBreakReason(), p.getReviewedAt(), p.getExitProject(),
                p.getTargetJobTitle() == null ? null : p.getTargetJobTitle().getName(),
                p.getHandBackCep() == null ? null : p.getHandBackCep().getName(), p.getHandBackStatus(),
                p.getHandBackConsentAt(), p.getMeetingAt(), p.getMeetingPlace(), p.getHandBackDeclineReason(),
                proposals.findOfParcours(p.getId()).stream()
                        .map(b -> new ProposalLine(b.getLabel(), b.getEvidence(), b.getProposedBy())).toList(),
                introductions.findOfParcours(p.getId()).stream().map(i -> new IntroductionLine(i.getId(),
                        i.getEmployer().getName(), i.getOutcome(), i.getNote())).toList(),
                p.getExitDate(), p.getExitReason(), p.getExitCounted(), p.getFollowUpReason(), p.getFollowUpNote(),
                ownSiae && p.getStatus().isCurrent(),
                workflow.countInbox(InboxFilter.ofFile(p.businessKey())) > 0,
                timeline.of(p.getId()));
    }

    // --- Starting a parcours ---------------------------------------------------------------------------------

    /**
     * The parcours of a referral the SIAE has just accepted for an insertion job, in the acceptance's transaction:
     * the contract starts on the hiring date. Field errors name the terms' fields.
     */
    @Transactional
    public Parcours startFromReferral(long referralId, Person person, Organisation siae, JobTitle jobTitle,
            LocalDate hiringDate, ContractTerms terms) {
        requireOwnSiae(siae.getId());
        return start(person, siae, referralId, jobTitle, hiringDate, terms, true);
    }

    /**
     * A parcours recorded by hand by its SIAE, for someone it has just hired outside the platform: hired a month ago
     * at most, the contract's planned end after today (an earlier one would open a parcours whose reviews are already
     * late, and send their reminders at once).
     */
    @Transactional
    public Parcours create(ParcoursData data) {
        return record(data, InputBounds.earliestRecentHire(LocalDate.now()), true);
    }

    /**
     * A parcours already under way when its SIAE joined PEPITES (the demo's): hired up to five years ago, the
     * contract's planned end possibly past, so that its reviews and exit are then recorded as they happened.
     */
    @Transactional
    public Parcours recordUnderWay(ParcoursData data) {
        return record(data, InputBounds.earliestRecordedStart(LocalDate.now()), false);
    }

    private Parcours record(ParcoursData data, LocalDate earliestStart, boolean endAfterToday) {
        currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        Map<String, String> errors = new LinkedHashMap<>();
        if (data.personId() == null && data.newPerson() == null) {
            errors.put("personId", "Choisissez la personne, ou créez sa fiche.");
        }
        if (data.jobTitleCode() == null) {
            errors.put("jobTitleCode", "Choisissez le poste occupé.");
        }
        if (data.startDate() == null) {
            errors.put("startDate", "Indiquez la date d'embauche.");
        }
        InputBounds.checkAhead(errors, "startDate", data.startDate(), LocalDate.now());
        InputBounds.checkNotBefore(errors, "startDate", data.startDate(), earliestStart);
        // Every error of the form at once: the new person's and the contract's with the others.
        if (data.personId() == null && data.newPerson() != null) {
            directory.newPersonErrors(data.newPerson(), data.notADuplicate(), "newPerson.").forEach(errors::putIfAbsent);
            // A new person has no PASS IAE yet: the form gives its number.
            if (data.terms() == null || data.terms().passNumber() == null
                    || !data.terms().passNumber().replace(" ", "").matches(PASS_NUMBER)) {
                errors.putIfAbsent("passNumber", PASS_NUMBER_FORMAT);
            }
        }
        Organisation siae = directory.currentOrganisationReference();
        if (data.startDate() != null) {
            termsErrors(data.terms(), siae, data.startDate(), endAfterToday).forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        JobTitle job = referenceData.findJobTitle(data.jobTitleCode()).orElseThrow(() ->
                InvalidInputException.of("jobTitleCode", "Métier inconnu : choisissez-le dans la liste."));
        Person person = data.personId() != null
                ? directory.findPerson(data.personId()).orElseThrow(() ->
                        InvalidInputException.of("personId", "Personne introuvable : choisissez-la dans la liste."))
                : directory.createPerson(data.newPerson());
        return start(person, siae, null, job, data.startDate(), data.terms(), endAfterToday);
    }

    /**
     * What is wrong with the contract's terms of a hire agreed on a referral, its PASS IAE apart, read without
     * writing: for the acceptance's form to show them with its hiring date's errors (today's date if it has none).
     */
    public Map<String, String> contractErrorsAtAcceptance(ContractTerms terms, Organisation siae,
            LocalDate hiringDate) {
        return termsErrors(terms, siae, hiringDate == null ? LocalDate.now() : hiringDate, true);
    }

    /** What is wrong with the contract's terms, its PASS IAE apart. */
    private static Map<String, String> termsErrors(ContractTerms terms, Organisation siae, LocalDate start,
            boolean endAfterToday) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (terms == null || terms.contract() == null) {
            errors.put("contract", "Choisissez le type de contrat.");
        } else if (!terms.contract().isUsedBy(siae.getSiaeKind())) {
            errors.put("contract", "Ce type de contrat n'existe pas pour une " + siae.getSiaeKind() + ".");
        }
        if (terms == null || terms.plannedEnd() == null) {
            errors.put("plannedEnd", "Indiquez la fin prévue du contrat.");
        } else if (!terms.plannedEnd().isAfter(start)) {
            errors.put("plannedEnd", "La fin prévue doit suivre la date d'embauche.");
        } else if (endAfterToday && !terms.plannedEnd().isAfter(LocalDate.now())) {
            errors.put("plannedEnd", "La fin prévue du contrat est déjà passée : indiquez une date après "
                    + "aujourd'hui.");
        }
        if (terms == null || terms.weeklyHours() == null || terms.weeklyHours() < 1
                || terms.weeklyHours() > InputBounds.MAX_WEEKLY_HOURS) {
            errors.put("weeklyHours", "Indiquez la durée hebdomadaire, de 1 à " + InputBounds.MAX_WEEKLY_HOURS
                    + " heures.");
        }
        return errors;
    }

    private Parcours start(Person person, Organisation siae, Long referralId, JobTitle job, LocalDate start,
            ContractTerms terms, boolean endAfterToday) {
        String number = terms == null || terms.passNumber() == null ? "" : terms.passNumber().replace(" ", "");
        List<PassIae> found = passes.findOfPersonOrNumbered(person.getId(), number);
        PassIae pass = found.stream().filter(p -> p.getPerson().getId().equals(person.getId())).findFirst()
                .orElse(null);
        // Every parcours has its person's PASS: without one, a first hire, there is no parcours to look for.
        if (pass != null && parcours.personHasParcoursIn(person.getId(), ParcoursStatus.CURRENT)) {
            throw InvalidInputException.of("personId", person.getFullName() + " a déjà un parcours en cours : "
                    + "enregistrez d'abord sa sortie.");
        }
        Map<String, String> errors = termsErrors(terms, siae, start, endAfterToday);
        if (pass == null) {
            if (!number.matches(PASS_NUMBER)) {
                errors.put("passNumber", PASS_NUMBER_FORMAT);
            } else if (!found.isEmpty()) {
                errors.put("passNumber", "Ce numéro de PASS IAE est déjà celui d'une autre personne.");
            } else {
                pass = new PassIae(person, number, start);
            }
        }
        if (pass != null && errors.isEmpty() && terms.plannedEnd().isAfter(pass.getEndDate())) {
            errors.put("plannedEnd", "La fin prévue ne peut dépasser la fin du PASS IAE, le "
                    + DATE.format(pass.getEndDate()) + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (pass.getId() == null) {
            passes.save(pass);
        }
        Parcours p = parcours.save(new Parcours(person, siae, pass, referralId, job, terms.contract(), start,
                terms.plannedEnd(), terms.weeklyHours()));
        // The job is on the page; named here it would cost a read of the job title at each hiring.
        timeline.record(p, ParcoursEventType.STARTED, terms.contract().name() + " du "
                + DATE.format(start) + " au " + DATE.format(terms.plannedEnd()) + ", " + terms.weeklyHours() + " h/sem.");
        Map<String, Object> variables = new HashMap<>(ParcoursDates.timers(terms.plannedEnd()));
        variables.put(ParcoursProcess.VAR_PARCOURS_ID, p.getId());
        variables.put(ParcoursProcess.VAR_STAFF_GROUP, WorkflowGroups.roleInOrganisation(Role.SIAE_STAFF, siae.getId()));
        variables.put(ParcoursProcess.VAR_DIRECTOR_GROUP,
                WorkflowGroups.roleInOrganisation(Role.SIAE_DIRECTOR, siae.getId()));
        runtime.startProcessInstanceByKey(ParcoursProcess.KEY, p.businessKey(), variables);
        return p;
    }

    // --- The SIAE while the contract runs ------------------------------------------------------------------

    /** A renewal: the planned end moves (never past the PASS end), the timers with it. */
    @Transactional
    public void renew(long id, long version, LocalDate newEnd) {
        Parcours p = ownCurrent(id, version);
        if (newEnd == null) {
            throw InvalidInputException.of("newEnd", "Indiquez la nouvelle fin prévue.");
        }
        if (!newEnd.isAfter(p.getPlannedEnd())) {
            throw InvalidInputException.of("newEnd", "Un renouvellement prolonge le contrat : choisissez une date "
                    + "après le " + DATE.format(p.getPlannedEnd()) + ".");
        }
        if (newEnd.isAfter(p.getPass().getEndDate())) {
            throw InvalidInputException.of("newEnd", "Le PASS IAE prend fin le " + DATE.format(p.getPass().getEndDate())
                    + " : enregistrez d'abord sa prolongation.");
        }
        String before = DATE.format(p.getPlannedEnd());
        p.renew(newEnd);
        timeline.record(p, ParcoursEventType.RENEWED, "Fin prévue du " + before + " au " + DATE.format(newEnd));
        endMoved(p);
    }

    /** An extension of the PASS IAE beyond its 24 months, for a reason of the list, up to 5 years in all. */
    @Transactional
    public void extendPass(long id, long version, ExtensionReason reason, LocalDate newEnd) {
        Parcours p = ownCurrent(id, version);
        PassIae pass = p.getPass();
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null) {
            errors.put("extensionReason", "Choisissez le motif de la prolongation.");
        }
        if (newEnd == null) {
            errors.put("extensionEnd", "Indiquez la nouvelle fin du PASS IAE.");
        } else if (!newEnd.isAfter(pass.getEndDate())) {
            errors.put("extensionEnd", "Une prolongation va au-delà du " + DATE.format(pass.getEndDate()) + ".");
        } else if (newEnd.isAfter(pass.latestEnd())) {
            errors.put("extensionEnd", "Un PASS IAE ne peut dépasser 5 ans en tout, soit le "
                    + DATE.format(pass.latestEnd()) + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = DATE.format(pass.getEndDate());
        pass.extend(reason, newEnd);
        timeline.record(p, ParcoursEventType.PASS_EXTENDED, "PASS IAE prolongé du " + before + " au "
                + DATE.format(newEnd) + " (" + reason.name() + ")");
    }

    /** A suspension: the contract's planned end and the PASS end move back by its length, the timers with them. */
    @Transactional
    public void suspend(long id, long version, LocalDate from, LocalDate to, SuspensionReason reason) {
        Parcours p = ownCurrent(id, version);
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("suspensionFrom", "Indiquez le début de la suspension.");
        } else if (from.isBefore(p.getStartDate())) {
            errors.put("suspensionFrom", "La suspension ne peut commencer avant l'embauche, le "
                    + DATE.format(p.getStartDate()) + ".");
        } else if (from.isAfter(p.getPlannedEnd())) {
            errors.put("suspensionFrom", "Une suspension commence pendant le contrat, au plus tard le "
                    + DATE.format(p.getPlannedEnd()) + " (fin prévue).");
        }
        if (to == null) {
            errors.put("suspensionTo", "Indiquez la fin de la suspension.");
        } else if (from != null && to.isBefore(from)) {
            errors.put("suspensionTo", "La fin de la suspension doit suivre son début.");
        } else if (from != null && !to.isBefore(from.plusMonths(InputBounds.MAX_SUSPENSION_MONTHS))) {
            errors.put("suspensionTo", "Une suspension dure " + InputBounds.MAX_SUSPENSION_MONTHS + " mois au plus, "
                    + "jusqu'au " + DATE.format(from.plusMonths(InputBounds.MAX_SUSPENSION_MONTHS).minusDays(1))
                    + " pour celle-ci.");
        }
        if (reason == null) {
            errors.put("suspensionReason", "Choisissez le motif de la suspension.");
        }
        if (errors.isEmpty() && p.suspensionOverlaps(from, to)) {
            errors.put("suspensionFrom", "Cette période chevauche une suspension déjà enregistrée.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Suspension suspension = new Suspension(from, to, reason);
        p.suspend(suspension);
        p.getPass().pushBack(suspension.days());
        timeline.record(p, ParcoursEventType.SUSPENDED, "Du " + DATE.format(from) + " au " + DATE.format(to) + " ("
                + reason.name() + ") : fin prévue et fin du PASS IAE repoussées de " + suspension.days() + " jours");
        endMoved(p);
    }

    /** An early break of the contract: the process goes straight to the exit, wherever it was. */
    @Transactional
    public void breakOff(long id, long version, LocalDate date, BreakReason reason) {
        Parcours p = ownCurrent(id, version);
        Map<String, String> errors = new LinkedHashMap<>();
        if (date == null) {
            errors.put("breakDate", "Indiquez la date de la rupture.");
        } else if (date.isBefore(p.getStartDate())) {
            errors.put("breakDate", "La rupture ne peut précéder l'embauche, le " + DATE.format(p.getStartDate()) + ".");
        } else if (date.isAfter(LocalDate.now())) {
            errors.put("breakDate", "La date de la rupture ne peut être dans le futur.");
        }
        if (reason == null) {
            errors.put("breakReason", "Choisissez le motif de la rupture.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        p.breakOff(date, reason);
        timeline.record(p, ParcoursEventType.BROKEN_OFF, "Le " + DATE.format(date) + " (" + reason.name() + ")");
        runtime.createMessageCorrelation(ParcoursProcess.MESSAGE_EARLY_BREAK)
                .processInstanceBusinessKey(p.businessKey()).correlate();
    }

    /** The running process of this parcours, found by its business key. */
    private String processOf(Parcours p) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(p.businessKey(), ParcoursProcess.KEY).singleResult();
        if (instance == null) {
            throw InvalidInputException.of("", "Ce parcours est clos : plus rien ne peut y changer.");
        }
        return instance.getId();
    }

    /** The timers follow the new planned end: their dates, then the message that re-arms whichever is waiting. */
    private void endMoved(Parcours p) {
        runtime.setVariables(processOf(p), ParcoursDates.timers(p.getPlannedEnd()));
        runtime.createMessageCorrelation(ParcoursProcess.MESSAGE_END_MOVED)
                .processInstanceBusinessKey(p.businessKey()).correlateAll();
    }

    private Parcours ownCurrent(long id, long version) {
        Parcours p = own(id);
        checkVersion(p, version);
        if (!p.getStatus().isCurrent()) {
            throw InvalidInputException.of("", "Ce contrat a pris fin : ses dates ne peuvent plus changer.");
        }
        return p;
    }

    private Parcours own(long id) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        return current(id).filter(p -> p.getSiae().getId() == user.organisationId())
                .orElseThrow(() -> new AccessDeniedException("Parcours introuvable."));
    }

    // --- The tasks of the process ----------------------------------------------------------------------------

    /**
     * The end-of-parcours review: each competence becomes a badge proposal; a hand-back to a CEP operator (with the
     * person's consent) and introductions to partner employers start their own branches of the process.
     */
    @Transactional
    public void completeReview(String taskId, long id, long version, ReviewData review) {
        TaskAction on = onTask(taskId, id, version, ParcoursProcess.TASK_REVIEW);
        Parcours p = on.parcours();
        Map<String, String> errors = new LinkedHashMap<>();
        if (review.exitProject() == null || review.exitProject().isBlank()) {
            errors.put("exitProject", "Décrivez le projet de sortie en quelques mots.");
        }
        TextLimit.check(errors, "exitProject", review.exitProject(), MAX_EXIT_PROJECT);
        JobTitle target = review.targetJobTitleCode() == null ? null
                : referenceData.findJobTitle(review.targetJobTitleCode()).orElse(null);
        if (review.targetJobTitleCode() != null && target == null) {
            errors.put("targetJobTitleCode", "Métier inconnu : choisissez-le dans la liste.");
        }
        List<BadgeProposal> proposed = new ArrayList<>();
        for (ReviewData.Competence c : review.competences()) {
            JobTitle job = c.jobTitleCode() == null ? null : referenceData.findJobTitle(c.jobTitleCode()).orElse(null);
            String skill = c.skill() == null ? "" : c.skill().trim();
            if (job == null && skill.isEmpty()) {
                errors.put("competences", "Chaque compétence est un métier de la liste ou un savoir-faire décrit.");
            }
            // A line naming a job and a free skill proposes both, each for its badge, on the same evidence.
            if (job != null) {
                propose(p, job, job.getName(), c.evidence(), proposed, errors);
            }
            if (!skill.isEmpty()) {
                propose(p, null, skill, c.evidence(), proposed, errors);
            }
        }
        Organisation cep = null;
        if (review.handBackCepId() != null) {
            cep = cepOperator(review.handBackCepId(), "handBackCepId", errors);
            if (!review.handBackConsent()) {
                errors.put("handBackConsent", "Le retour vers un CEP demande le consentement de la personne.");
            }
        }
        if (!review.employerIds().isEmpty() && !review.handBackConsent()) {
            errors.put("employerIds", "Présenter la personne à des employeurs demande son consentement au partage "
                    + "de son dossier.");
        }
        List<Organisation> employers = new ArrayList<>();
        for (Long employerId : review.employerIds()) {
            directory.findPartner(employerId, OrganisationKind.PARTNER_EMPLOYER).ifPresentOrElse(employers::add, () -> errors.put("employerIds",
                            "Choisissez les employeurs parmi les partenaires de l'annuaire."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        proposals.saveAll(proposed);
        p.reviewed(review.exitProject().trim(), target);
        timeline.record(p, ParcoursEventType.REVIEWED, "Projet : " + review.exitProject().trim()
                + (proposed.isEmpty() ? "" : " ; " + Plural.of(proposed.size(), "compétence proposée",
                        "compétences proposées") + " pour un badge"));
        workflow.complete(on.task(), Map.of());
        if (cep != null) {
            handBackTo(p, cep);
            runtime.createMessageCorrelation(ParcoursProcess.MESSAGE_HAND_BACK)
                    .processInstanceBusinessKey(p.businessKey()).correlate();
        }
        if (!employers.isEmpty()) {
            List<Long> ids = introductions.saveAll(employers.stream().map(e -> new Introduction(p, e)).toList())
                    .stream().map(Introduction::getId).toList();
            runtime.setVariable(processOf(p), ParcoursProcess.VAR_INTRODUCTION_IDS, new ArrayList<>(ids));
            runtime.createMessageCorrelation(ParcoursProcess.MESSAGE_INTRODUCTIONS)
                    .processInstanceBusinessKey(p.businessKey()).correlate();
        }
    }

    /** A competence of a review, proposed for a badge once its evidence is given and both fit their fields. */
    private void propose(Parcours p, JobTitle job, String label, String evidence, List<BadgeProposal> proposed,
            Map<String, String> errors) {
        if (evidence == null || evidence.isBlank()) {
            errors.put("competences", "Indiquez pour « " + label + " » ce qui atteste la compétence.");
        } else if (TextLimit.exceeds(label, MAX_SKILL)) {
            errors.put("competences", "Un savoir-faire se nomme en " + MAX_SKILL + " caractères au plus.");
        } else if (TextLimit.exceeds(evidence, MAX_EVIDENCE)) {
            errors.put("competences", "Ce qui atteste « " + label + " » tient en " + MAX_EVIDENCE
                    + " caractères au plus.");
        } else {
            proposed.add(new BadgeProposal(p, job, label, evidence.trim(), currentUser.signature()));
        }
    }

    private void handBackTo(Parcours p, Organisation cep) {
        p.handBackTo(cep);
        runtime.setVariable(processOf(p), ParcoursProcess.VAR_CEP_GROUP,
                WorkflowGroups.roleInOrganisation(Role.CEP_ADVISER, cep.getId()));
        timeline.record(p, ParcoursEventType.HANDED_BACK, cep.getName() + " (consentement de la personne recueilli)");
    }

    private Organisation cepOperator(long id, String field, Map<String, String> errors) {
        Optional<Organisation> cep = directory.findPartner(id, OrganisationKind.CEP_OPERATOR);
        if (cep.isEmpty()) {
            errors.put(field, "Choisissez un opérateur CEP actif de l'annuaire.");
        }
        return cep.orElse(null);
    }

    /** The CEP operator's adviser accepts the hand-back and books a first meeting. */
    @Transactional
    public void acceptHandBack(String taskId, long id, long version, Instant meetingAt, String place) {
        TaskAction on = onTask(taskId, id, version, ParcoursProcess.TASK_ACCEPT_HAND_BACK);
        Map<String, String> errors = new LinkedHashMap<>();
        if (meetingAt == null) {
            errors.put("meetingAt", "Indiquez la date et l'heure du premier rendez-vous.");
        } else if (meetingAt.isBefore(Instant.now())) {
            errors.put("meetingAt", "Le rendez-vous doit être dans le futur.");
        }
        InputBounds.checkAhead(errors, "meetingAt", meetingAt);
        if (place == null || place.isBlank()) {
            errors.put("meetingPlace", "Indiquez le lieu du rendez-vous, ou « par téléphone ».");
        }
        TextLimit.check(errors, "meetingPlace", place, MAX_PLACE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Parcours p = on.parcours();
        p.handBackAccepted(meetingAt, place.trim());
        timeline.record(p, ParcoursEventType.HAND_BACK_ACCEPTED, "Premier rendez-vous le " + DATE_TIME.format(meetingAt)
                + ", " + place.trim());
        workflow.complete(on.task(), Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.ACCEPT.name()));
    }

    /** The CEP operator declines the hand-back, with a reason: it goes back to the SIAE. */
    @Transactional
    public void declineHandBack(String taskId, long id, long version, String reason) {
        TaskAction on = onTask(taskId, id, version, ParcoursProcess.TASK_ACCEPT_HAND_BACK);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("declineReason", "Expliquez à la SIAE pourquoi vous ne pouvez pas accepter.");
        }
        TextLimit.check("declineReason", reason, MAX_NOTE);
        Parcours p = on.parcours();
        p.handBackDeclined(reason.trim());
        timeline.record(p, ParcoursEventType.HAND_BACK_DECLINED, p.getHandBackCep().getName() + " : " + reason.trim());
        workflow.complete(on.task(), Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.DECLINE.name()));
    }

    /** After a declined hand-back, the SIAE hands the person to another CEP operator, or to none ({@code null}). */
    @Transactional
    public void redirectHandBack(String taskId, long id, long version, Long cepId) {
        TaskAction on = onTask(taskId, id, version, ParcoursProcess.TASK_HAND_BACK_DECLINED);
        Parcours p = on.parcours();
        if (cepId == null) {
            workflow.complete(on.task(), Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION, HandBackDecision.NONE.name()));
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Organisation cep = cepOperator(cepId, "handBackCepId", errors);
        if (cep != null && p.getHandBackCep() != null && cep.getId().equals(p.getHandBackCep().getId())) {
            errors.put("handBackCepId", cep.getName() + " vient de refuser ce retour : choisissez un autre opérateur.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        handBackTo(p, cep);
        workflow.complete(on.task(), Map.of(ParcoursProcess.VAR_HAND_BACK_DECISION,
                HandBackDecision.ANOTHER_CEP.name()));
    }

    /** A coordinator records what came of one introduction to a partner employer. */
    @Transactional
    public void arrangeIntroduction(String taskId, long id, long version, IntroductionOutcome outcome, String note) {
        TaskAction on = onTask(taskId, id, version, ParcoursProcess.TASK_ARRANGE_INTRODUCTION);
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "Choisissez ce qu'a donné la mise en relation.");
        }
        TextLimit.check("note", note, MAX_NOTE);
        Introduction introduction = introductionOf(on.task());
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        introduction.arranged(outcome, trimmed);
        timeline.record(on.parcours(), ParcoursEventType.INTRODUCTION_ARRANGED, introduction.getEmployer().getName()
                + " : " + outcome.name() + (trimmed == null ? "" : " – " + trimmed));
        workflow.complete(on.task(), Map.of());
    }

    /** The employer an introduction task is about. */
    public Optional<String> employerOfTask(InboxTask task) {
        return Optional.of(introductionOf(task).getEmployer().getName());
    }

    private Introduction introductionOf(InboxTask task) {
        long introductionId = ((Number) tasks.getVariable(task.id(), ParcoursProcess.VAR_INTRODUCTION_ID)).longValue();
        return introductions.findById(introductionId)
                .orElseThrow(() -> new IllegalStateException("No introduction " + introductionId));
    }

    /** The exit, with its date and a reason of its official category; the follow-up comes six months later. */
    @Transactional
    public void recordExit(String taskId, long id, long version, LocalDate date, ExitCategory category,
            ExitReason reason) {
        TaskAction on = onTask(taskId, id, version, ParcoursProcess.TASK_RECORD_EXIT);
        Parcours p = on.parcours();
        Map<String, String> errors = new LinkedHashMap<>();
        if (date == null) {
            errors.put("exitDate", "Indiquez la date de sortie.");
        } else if (date.isBefore(p.getStartDate())) {
            errors.put("exitDate", "La sortie ne peut précéder l'embauche, le " + DATE.format(p.getStartDate()) + ".");
        } else if (date.isAfter(LocalDate.now())) {
            errors.put("exitDate", "La date de sortie ne peut être dans le futur.");
        }
        checkSituation(category, reason, ExitCategory.OF_EXIT, "exitCategory", "exitReason", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        p.recordExit(date, reason);
        timeline.record(p, ParcoursEventType.EXIT_RECORDED, "Le " + DATE.format(date) + " : " + category.name() + ", "
                + reason.name() + (Boolean.FALSE.equals(p.getExitCounted())
                ? " (moins de trois mois après l'embauche : retrait des sorties constatées)" : ""));
        workflow.complete(on.task(), Map.of(ParcoursProcess.VAR_FOLLOW_UP_DUE, ParcoursDates.followUpTimer(date)));
    }

    /** The situation six months after the exit (or "injoignable"); the parcours closes. */
    @Transactional
    public void recordFollowUp(String taskId, long id, long version, ExitCategory category, ExitReason reason,
            String note) {
        TaskAction on = onTask(taskId, id, version, ParcoursProcess.TASK_FOLLOW_UP);
        Map<String, String> errors = new LinkedHashMap<>();
        checkSituation(category, reason, Set.of(ExitCategory.values()), "followUpCategory", "followUpReason", errors);
        TextLimit.check(errors, "followUpNote", note, MAX_NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Parcours p = on.parcours();
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        p.followUp(reason, trimmed);
        timeline.record(p, ParcoursEventType.FOLLOWED_UP, category.name() + ", " + reason.name()
                + (trimmed == null ? "" : " – " + trimmed));
        workflow.complete(on.task(), Map.of());
    }

    private static void checkSituation(ExitCategory category, ExitReason reason, Collection<ExitCategory> allowed,
            String categoryField, String reasonField, Map<String, String> errors) {
        if (category == null || !allowed.contains(category)) {
            errors.put(categoryField, "Choisissez la catégorie de sortie.");
        } else if (reason == null) {
            errors.put(reasonField, "Choisissez le motif détaillé.");
        } else if (reason.category() != category) {
            errors.put(reasonField, "Ce motif n'est pas de la catégorie choisie : choisissez-en un de la liste.");
        }
    }

    /** A task the acting user may act on, and the parcours it is about. */
    private record TaskAction(InboxTask task, Parcours parcours) {
    }

    private TaskAction onTask(String taskId, long id, long version, String... taskKeys) {
        Parcours p = current(id).orElseThrow(() -> new AccessDeniedException("Parcours introuvable."));
        InboxTask task = workflow.requireTaskAt(taskId, p.businessKey(), List.of(taskKeys));
        checkVersion(p, version);
        return new TaskAction(task, p);
    }

    private static void checkVersion(Parcours p, long version) {
        if (version != p.getVersion()) {
            throw InvalidInputException.of("", "Ce parcours a changé entre-temps : fermez le formulaire et rouvrez-le "
                    + "pour voir sa situation actuelle.");
        }
    }

    /** The parcours at its current version: pending changes flushed first. */
    private Optional<Parcours> current(long id) {
        parcours.flush();
        return parcours.findById(id);
    }

    private void requireOwnSiae(long siaeId) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        if (user.organisationId() != siaeId) {
            throw new AccessDeniedException("Seule la SIAE qui embauche ouvre le parcours.");
        }
    }

    // --- Retention of closed files ---------------------------------------------------------------------------

    /** For the retention purge only: those of these persons with no parcours open or changed since the cutoff. */
    public List<Long> withParcoursClosedBefore(List<Long> personIds, Instant cutoff) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Set<Long> active = Set.copyOf(parcours.findPersonsActiveSince(personIds, cutoff));
        return personIds.stream().filter(id -> !active.contains(id)).toList();
    }

    /** For the retention purge only: deletes every parcours of these persons, with its rows, and their PASS IAE. */
    @Transactional
    public void deleteParcoursOf(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        List<Long> ids = parcours.findIdsOfPersons(personIds);
        if (!ids.isEmpty()) {
            events.deleteOfParcours(ids);
            proposals.deleteOfParcours(ids);
            introductions.deleteOfParcours(ids);
            // Through the mapping, which removes the suspensions with them; written now, before the PASS they point to.
            parcours.deleteAllById(ids);
            parcours.flush();
        }
        passes.deleteOfPersons(personIds);
    }

    // --- Scoping ---------------------------------------------------------------------------------------------

    private static boolean canSee(Parcours p, CurrentUser user) {
        return switch (user.role()) {
            case COORDINATOR, ADMIN -> true;
            case SIAE_DIRECTOR, SIAE_STAFF -> p.getSiae().getId() == user.organisationId();
            case CEP_ADVISER -> p.getHandBackStatus() == HandBackStatus.ACCEPTED
                    && p.getHandBackCep().getId() == user.organisationId();
            default -> false;
        };
    }

    private static Specification<Parcours> visible(ParcoursFilter filter, CurrentUser user) {
        Specification<Parcours> spec = (root, query, cb) -> switch (user.role()) {
            case COORDINATOR, ADMIN -> cb.conjunction();
            case SIAE_DIRECTOR, SIAE_STAFF -> cb.equal(root.get("siaeId"), user.organisationId());
            case CEP_ADVISER -> cb.and(cb.equal(root.get("handBackCepId"), user.organisationId()),
                    cb.equal(root.get("handBackStatus"), HandBackStatus.ACCEPTED));
            default -> cb.disjunction();
        };
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.onlyCurrent()) {
            spec = spec.and((root, query, cb) -> root.get("status").in(ParcoursStatus.CURRENT));
        }
        if (filter.endingSoon()) {
            spec = spec.and((root, query, cb) -> cb.and(root.get("status").in(ParcoursStatus.CURRENT),
                    cb.lessThanOrEqualTo(root.get("plannedEnd"), LocalDate.now().plusMonths(3))));
        }
        if (filter.siaeId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siaeId"), filter.siaeId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            Optional<Long> number = Parcours.idOfBusinessKey(filter.text());
            spec = spec.and(number.<Specification<Parcours>>map(id -> (root, query, cb) ->
                    cb.equal(root.get("id"), id)).orElse((root, query, cb) ->
                    cb.like(root.get("person").get("searchName"), SearchText.containsPattern(filter.text()))));
        }
        return spec;
    }
}
