package fr.pepites.referral;

import java.util.EnumSet;
import fr.pepites.common.InputBounds;
import fr.pepites.common.InputValidation;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.StaleEdit;
import fr.pepites.common.TextLimit;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Person;
import fr.pepites.directory.PersonData;
import fr.pepites.parcours.ContractTerms;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.reference.Commune;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.referral.ReferralRepository.ProcessOfReferral;
import fr.pepites.referral.process.ReferralProcess;
import fr.pepites.referral.process.ReferralProcess.Decision;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyKind;
import fr.pepites.vacancy.VacancyService;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.TimelineEntry;
import fr.pepites.workflow.WorkflowService;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.groups.Default;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of referrals. Every user action is one transaction: the referral's rows and the referral process
 * ({@code bpmn/referral.bpmn}) change together or not at all. Advisers see their operator's referrals, an SIAE
 * those sent to it, coordinators all of them.
 */
@Service
@Transactional(readOnly = true)
public class ReferralService {

    /** The longest texts kept (their columns, or the journal's line for a reason): the forms stop there too. */
    public static final int MAX_PLACE = 255;
    public static final int MAX_REFUSAL_MESSAGE = 2000;
    public static final int MAX_REASON = 1000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Paris"));

    private final ReferralRepository referrals;
    private final ReferralTimeline timeline;
    private final DirectoryService directory;
    private final VacancyService vacancies;
    private final ReferenceDataService referenceData;
    private final WorkflowService workflow;
    private final RuntimeService runtime;
    private final CurrentUserProvider currentUser;
    private final InputValidation validation;
    private final ParcoursService parcours;

    ReferralService(ReferralRepository referrals, ReferralTimeline timeline, DirectoryService directory,
            VacancyService vacancies, ReferenceDataService referenceData, WorkflowService workflow,
            RuntimeService runtime, CurrentUserProvider currentUser, InputValidation validation,
            ParcoursService parcours) {
        this.referrals = referrals;
        this.timeline = timeline;
        this.directory = directory;
        this.vacancies = vacancies;
        this.referenceData = referenceData;
        this.workflow = workflow;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.validation = validation;
        this.parcours = parcours;
    }

    // --- Reading -------------------------------------------------------------------------------------------

    /**
     * One page of the referrals the acting user may see, in the page's order, without counting them (lists ask
     * {@link #count} once). The page is read from the referral table alone, in the order of one of its indexes
     * (migrations 9 and 10), so that only the page's entries are read; the persons, organisations and vacancies the
     * rows show are then read for the whole page at once (batch fetching). The user's own organisation comes first in
     * the order: it is the same on every row, and the indexes start with it.
     */
    public List<ReferralRow> search(ReferralFilter filter, Pageable pageable) {
        CurrentUser user = currentUser.require();
        Sort order = organisationFirst(user, pageable.getSort()).and(pageable.getSort());
        List<Referral> rows = referrals.findBy(visible(filter, user), query -> pageable.isPaged()
                ? query.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order)).getContent()
                : query.sortBy(order).all());
        return rows.stream().map(ReferralRow::of).toList();
    }

    /**
     * The organisation a user's list is about, as a first sort key in the direction of the list's own first one (an
     * index is read in one direction).
     */
    private static Sort organisationFirst(CurrentUser user, Sort listOrder) {
        Sort.Direction direction = listOrder.stream().findFirst().map(Sort.Order::getDirection)
                .orElse(Sort.Direction.DESC);
        return organisationColumn(user).map(column -> Sort.by(direction, column)).orElse(Sort.unsorted());
    }

    /**
     * The referral's column of the one organisation whose referrals the user sees (an adviser's CEP operator, an
     * SIAE), none for those who see every organisation's: lists filter on it, and sort on it first.
     */
    private static Optional<String> organisationColumn(CurrentUser user) {
        if (user.is(Role.CEP_ADVISER)) {
            return Optional.of("cepOperatorId");
        }
        return user.seesAllOrganisations() ? Optional.empty() : Optional.of("siaeId");
    }

    /** Whether the acting user's list holds referrals to several SIAE (advisers, network staff), to filter by one. */
    public boolean listsSeveralSiae() {
        return organisationColumn(currentUser.require()).filter("siaeId"::equals).isEmpty();
    }

    /** Whether the acting user sees any referral matching the filter (a list's empty state). */
    public boolean any(ReferralFilter filter) {
        return referrals.exists(visible(filter, currentUser.require()));
    }

    public long count(ReferralFilter filter) {
        return referrals.count(visible(filter, currentUser.require()));
    }

    /** A referral as its page shows it; the opening goes into the journal of the person's file (hence a write). */
    @Transactional
    public Optional<ReferralDetails> details(long id) {
        return find(id).map(referral -> opened(referral, ""));
    }

    /**
     * The journal of a person's file, latest first, for administrators: who opened or changed it (the directory's
     * journal) and every event of the person's referrals (their timelines).
     */
    public List<TimelineEntry> personJournal(long personId) {
        List<TimelineEntry> journal = new ArrayList<>();
        directory.personFileLog(personId).forEach(entry -> journal.add(new TimelineEntry(entry.getAt(),
                entry.getActor(), "journal." + entry.getAction().name(), null, entry.getWhat())));
        journal.addAll(timeline.entriesOfPerson(personId));
        journal.addAll(parcours.timelineOfPerson(personId));
        journal.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return journal;
    }

    private ReferralDetails opened(Referral referral, String from) {
        ReferralDetails details = toDetails(referral);
        directory.recordRead(referral.getPerson().getId(), "Orientation " + referral.businessKey() + from);
        return details;
    }

    /** The form data of a draft, to go on filling it in. */
    public ReferralData draft(long id) {
        Referral referral = ownDraft(id);
        ReferralData data = new ReferralData();
        data.setPersonId(referral.getPerson().getId());
        data.setCommuneCode(referral.getCommune() == null ? null : referral.getCommune().getInseeCode());
        data.setMobilityRadiusKm(referral.getMobilityRadiusKm());
        data.setLicences(new java.util.HashSet<>(referral.getLicences()));
        data.setHasVehicle(referral.isHasVehicle());
        data.setAvailableFrom(referral.getAvailableFrom());
        data.setJobTitleCodes(referral.getTargetJobTitles().stream().map(JobTitle::getCode)
                .collect(Collectors.toSet()));
        data.setBarriers(new java.util.HashSet<>(referral.getBarriers()));
        data.setNote(referral.getNote());
        data.setConsentToShare(referral.isConsentToShare());
        data.setGoal(referral.getGoal());
        data.setTrainingRoute(referral.getTrainingRoute());
        data.setCriteria(new java.util.HashSet<>(referral.getCriteria()));
        data.setVacancyId(referral.getVacancy() == null ? null : referral.getVacancy().getId());
        data.setVersion(referral.getVersion());
        return data;
    }

    private Optional<Referral> find(long id) {
        return referrals.findOne(visible(ReferralFilter.all(), currentUser.require())
                .and((root, query, cb) -> cb.equal(root.get("id"), id)));
    }

    // --- The adviser: draft, submit, cancel ----------------------------------------------------------------

    /**
     * Saves the form as a draft: it needs only its person; what it holds besides is checked as in a referral, but
     * consent, eligibility and the rest may still be missing.
     */
    @Transactional
    public Referral saveDraft(Long draftId, ReferralData data) {
        Referral referral = prepare(draftId, data, false);
        timeline.record(referral, ReferralEventType.DRAFT_SAVED, null);
        return referral;
    }

    /** Submits the referral: it is checked in full, then sent to its vacancy or to matching. */
    @Transactional
    public Referral submit(Long draftId, ReferralData data) {
        Referral referral = prepare(draftId, data, true);
        referral.enter(ReferralStatus.SUBMITTED);
        timeline.record(referral, ReferralEventType.SUBMITTED, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReferralProcess.VAR_REFERRAL_ID, referral.getId());
        variables.put(ReferralProcess.VAR_VACANCY_ID, data.getVacancyId());
        ProcessInstance instance = runtime.startProcessInstanceByKey(ReferralProcess.KEY, referral.businessKey(),
                variables);
        referral.startedAs(instance.getId());
        return referral;
    }

    /**
     * The referral of the form, new or the adviser's own draft, once its fields have passed their checks: all of
     * them are made before anything is written, and their errors reported together, so that a form is never refused
     * in rounds.
     */
    private Referral prepare(Long draftId, ReferralData data, boolean submitted) {
        currentUser.requireRole(Role.CEP_ADVISER);
        Referral draft = null;
        if (draftId != null) {
            draft = ownDraft(draftId);
            StaleEdit.check(data.getVersion(), draft.getVersion());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft == null) {
            checkPerson(data, errors);
        }
        errors.putAll(submitted ? validation.errors(data, Default.class, ReferralData.Submitted.class)
                : validation.errors(data));
        if (submitted && !data.isConsentToShare()) {
            errors.put("consentToShare",
                    "Le consentement de la personne au partage de son dossier est obligatoire pour l'orienter.");
        }
        if (submitted && data.getGoal() == Goal.INSERTION_JOB && data.getVacancyId() == null
                && !EligibilityRule.isEligibleForSomeKind(data.getCriteria())) {
            errors.put("criteria", "Personne non éligible à un poste en insertion : il faut un critère de niveau 1, "
                    + "ou au moins 2 critères de niveau 2 (3 pour une ACI, une EI ou une EITI).");
        }
        if (data.getAvailableFrom() != null && data.getAvailableFrom().isBefore(LocalDate.now())) {
            errors.put("availableFrom", "La date de disponibilité ne peut pas être dans le passé.");
        }
        InputBounds.checkAhead(errors, "availableFrom", data.getAvailableFrom(), LocalDate.now());
        Commune commune = referenceData.findCommune(data.getCommuneCode(), "communeCode", errors);
        Set<JobTitle> jobTitles = new HashSet<>();
        for (String code : data.getJobTitleCodes()) {
            referenceData.findJobTitle(code).ifPresentOrElse(jobTitles::add, () ->
                    errors.putIfAbsent("jobTitleCodes", "Métier inconnu : choisissez-le dans la liste."));
        }
        // Advisers may send to any open vacancy: checkTarget refuses a closed one with its own message.
        Vacancy vacancy = null;
        if (data.getVacancyId() != null) {
            vacancy = vacancies.findForProcess(data.getVacancyId()).orElse(null);
            if (vacancy == null) {
                errors.put("vacancyId", "Fiche de poste introuvable.");
            } else {
                checkTarget(errors, draftId, data.getGoal(),
                        data.getGoal() == Goal.INSERTION_JOB ? data.getCriteria() : Set.of(), vacancy);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Referral referral = draft != null ? draft : new Referral(person(data), directory.currentAccountReference(),
                directory.currentOrganisationReference());
        referral.apply(data, commune, jobTitles, vacancy);
        if (referral.getId() == null) {
            referrals.save(referral);
        }
        return referral;
    }

    /** The errors of the form's person, the one picked or the new one, into {@code errors}; nothing is written. */
    private void checkPerson(ReferralData data, Map<String, String> errors) {
        if (data.getPersonId() != null) {
            if (directory.findPerson(data.getPersonId()).isEmpty()) {
                errors.put("personId", "Personne introuvable : choisissez-la dans la liste.");
            }
            return;
        }
        PersonData p = newPerson(data);
        directory.newPersonErrors(p, data.isNotADuplicate(), "newPerson.").forEach((field, message) ->
                // The form asks for the commune once, in the situation: its error shows there.
                errors.putIfAbsent(field.equals("newPerson.communeCode") && Objects.equals(p.getCommuneCode(),
                        data.getCommuneCode()) ? "communeCode" : field, message));
    }

    /** The form's person, once {@link #checkPerson} found nothing against it (its duplicate check included). */
    private Person person(ReferralData data) {
        if (data.getPersonId() != null) {
            return directory.findPerson(data.getPersonId()).orElseThrow(() ->
                    InvalidInputException.of("personId", "Personne introuvable : choisissez-la dans la liste."));
        }
        return directory.createPerson(newPerson(data));
    }

    /** The new person of the form, who lives where the referral says unless the form said otherwise. */
    private static PersonData newPerson(ReferralData data) {
        PersonData p = data.getNewPerson();
        if (p.getCommuneCode() == null) {
            p.setCommuneCode(data.getCommuneCode());
        }
        return p;
    }

    private Referral ownDraft(long id) {
        CurrentUser user = currentUser.requireRole(Role.CEP_ADVISER);
        return referrals.findById(id)
                .filter(r -> r.getCepOperator().getId() == user.organisationId())
                .filter(r -> r.getStatus() == ReferralStatus.DRAFT)
                .orElseThrow(() -> new AccessDeniedException("Brouillon introuvable ou déjà soumis."));
    }

    /** The adviser (or the person, through them) withdraws the referral. */
    @Transactional
    public void cancel(long id, long version, String reason) {
        CurrentUser user = currentUser.requireRole(Role.CEP_ADVISER);
        Referral referral = find(id).filter(r -> r.getCepOperator().getId() == user.organisationId())
                .orElseThrow(() -> new AccessDeniedException("Orientation introuvable."));
        StaleEdit.check(version, referral.getVersion());
        if (!referral.getStatus().isOpen() || referral.getProcessInstanceId() == null) {
            throw InvalidInputException.of("", "Cette orientation est déjà close : elle ne peut plus être annulée.");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Indiquez la raison de l'annulation.");
        }
        TextLimit.check("reason", reason, MAX_REASON);
        timeline.record(referral, ReferralEventType.CANCELLED, reason.trim());
        runtime.createMessageCorrelation(ReferralProcess.MESSAGE_CANCELLED)
                .processInstanceId(referral.getProcessInstanceId()).correlate();
    }

    /** The person was hired elsewhere: every open referral of theirs closes as obsolete. */
    @Transactional
    public int markHiredElsewhere(long id) {
        CurrentUser user = currentUser.requireRole(Role.CEP_ADVISER);
        Referral referral = find(id).filter(r -> r.getCepOperator().getId() == user.organisationId())
                .orElseThrow(() -> new AccessDeniedException("Orientation introuvable."));
        int closed = closeOtherReferralsOf(referral);
        if (referral.getStatus().isOpen() && referral.getProcessInstanceId() != null) {
            obsolete(referral.getProcessInstanceId());
            closed++;
        }
        return closed;
    }

    private int closeOtherReferralsOf(Referral referral) {
        List<String> others = referrals.findOtherProcessesOfPerson(referral.getPerson().getId(), referral.getId())
                .stream().filter(other -> other.status().isOpen()).map(ProcessOfReferral::processInstanceId).toList();
        others.forEach(this::obsolete);
        return others.size();
    }

    private void obsolete(String processInstanceId) {
        runtime.createMessageCorrelation(ReferralProcess.MESSAGE_OBSOLETE).processInstanceId(processInstanceId)
                .correlate();
    }

    // --- Retention of closed files ----------------------------------------------------------------------------

    /**
     * For the retention purge of closed files only: those of these persons whose referrals are all closed and
     * unchanged since the cutoff (or who have none).
     */
    public List<Long> withReferralsClosedBefore(List<Long> personIds, Instant cutoff) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Set<Long> active = Set.copyOf(referrals.findPersonsActiveSince(personIds, ReferralStatus.OPEN, cutoff));
        return personIds.stream().filter(id -> !active.contains(id)).toList();
    }

    /** For the retention purge of closed files only: deletes every referral of these persons, with its timeline. */
    @Transactional
    public void deleteReferralsOf(List<Long> personIds) {
        if (!personIds.isEmpty()) {
            referrals.deleteOfPersons(personIds);
        }
    }

    // --- The SIAE's answer ---------------------------------------------------------------------------------

    @Transactional
    public void takeInCharge(String taskId, long id, long version) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_REVIEW);
        Referral referral = on.referral();
        timeline.record(referral, ReferralEventType.TAKEN_IN_CHARGE, null);
        complete(on, Decision.PROCESS);
    }

    @Transactional
    public void scheduleInterview(String taskId, long id, long version, Instant at, String place) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_PROCESS);
        Referral referral = on.referral();
        Map<String, String> errors = new LinkedHashMap<>();
        if (at == null) {
            errors.put("interviewAt", "Indiquez la date et l'heure de l'entretien.");
        } else if (at.isBefore(Instant.now())) {
            errors.put("interviewAt", "L'entretien doit être dans le futur.");
        }
        InputBounds.checkAhead(errors, "interviewAt", at);
        if (place == null || place.isBlank()) {
            errors.put("interviewPlace", "Indiquez le lieu de l'entretien.");
        }
        TextLimit.check(errors, "interviewPlace", place, MAX_PLACE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        referral.scheduleInterview(at, place.trim());
        timeline.record(referral, ReferralEventType.INTERVIEW_SCHEDULED, DATE_TIME.format(at) + ", " + place.trim());
        complete(on, Decision.INTERVIEW);
    }

    /**
     * The SIAE hires the person: the referral is accepted and the person's other open referrals close. For an
     * insertion job, the person's parcours starts in the same transaction, with the contract's terms (a staff job
     * needs none: {@code terms} may be null). Returns the number of the parcours opened ("PAR-5"), if one was: the
     * SIAE is told which.
     */
    @Transactional
    public Optional<String> accept(String taskId, long id, long version, LocalDate hiringDate, ContractTerms terms) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_PROCESS, ReferralProcess.TASK_INTERVIEW);
        Referral referral = on.referral();
        Map<String, String> errors = new LinkedHashMap<>();
        if (hiringDate == null) {
            errors.put("hiringDate", "La date d'embauche est obligatoire pour accepter.");
        } else {
            InputBounds.checkAhead(errors, "hiringDate", hiringDate, LocalDate.now());
            InputBounds.checkNotBefore(errors, "hiringDate", hiringDate,
                    InputBounds.earliestRecentHire(LocalDate.now()));
        }
        if (!errors.isEmpty()) {
            // The contract's errors with the date's, so that the form is not refused in rounds.
            if (referral.getGoal() == Goal.INSERTION_JOB) {
                parcours.contractErrorsAtAcceptance(terms, referral.getSiae(), hiringDate).forEach(errors::putIfAbsent);
            }
            throw new InvalidInputException(errors);
        }
        Optional<String> opened = Optional.empty();
        if (referral.getGoal() == Goal.INSERTION_JOB) {
            opened = Optional.of(parcours.startFromReferral(referral.getId(), referral.getPerson(), referral.getSiae(),
                    referral.getVacancy().getJobTitle(), hiringDate, terms).businessKey());
        }
        referral.accept(hiringDate);
        timeline.record(referral, ReferralEventType.ACCEPTED, "Embauche le " + DATE.format(hiringDate));
        complete(on, Decision.ACCEPT);
        closeOtherReferralsOf(referral);
        return opened;
    }

    @Transactional
    public void refuse(String taskId, long id, long version, RefusalReason reason, String message,
            boolean sharedWithPerson) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_REVIEW, ReferralProcess.TASK_PROCESS,
                ReferralProcess.TASK_INTERVIEW, ReferralProcess.TASK_POSTPONED);
        Referral referral = on.referral();
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null) {
            errors.put("refusalReason", "Choisissez le motif du refus.");
        }
        if (message == null || message.isBlank()) {
            errors.put("refusalMessage", "Expliquez le refus au conseiller en quelques mots.");
        }
        TextLimit.check(errors, "refusalMessage", message, MAX_REFUSAL_MESSAGE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        referral.refuse(reason, message.trim(), sharedWithPerson);
        timeline.record(referral, ReferralEventType.REFUSED, reason.name() + " : " + message.trim()
                + (sharedWithPerson ? " (motif partagé avec la personne)" : ""));
        complete(on, Decision.REFUSE);
    }

    @Transactional
    public void postpone(String taskId, long id, long version, LocalDate until) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_REVIEW, ReferralProcess.TASK_PROCESS,
                ReferralProcess.TASK_INTERVIEW);
        Referral referral = on.referral();
        if (until == null || !until.isAfter(LocalDate.now())) {
            throw InvalidInputException.of("postponedUntil", "Indiquez jusqu'à quand (date future) l'orientation est "
                    + "reportée.");
        }
        InputBounds.checkAhead("postponedUntil", until, LocalDate.now());
        referral.postpone(until);
        timeline.record(referral, ReferralEventType.POSTPONED, "Jusqu'au " + DATE.format(until));
        complete(on, Decision.POSTPONE);
    }

    @Transactional
    public void resume(String taskId, long id, long version) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_POSTPONED);
        Referral referral = on.referral();
        timeline.record(referral, ReferralEventType.RESUMED, null);
        complete(on, Decision.RESUME);
    }

    // --- Coordinators: matching by hand, proposals ----------------------------------------------------------

    /** A coordinator picks the vacancy of an open referral by hand: it is sent to that SIAE. */
    @Transactional
    public void assignVacancy(String taskId, long id, long version, Long vacancyId) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_MATCH);
        routeTo(on, vacancyId, Decision.ACCEPT_PROPOSAL);
    }

    /** The matching proposes a vacancy for an open referral: a coordinator reviews it. */
    @Transactional
    public void proposeMatch(long id, long vacancyId) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        Referral referral = referrals.findById(id)
                .orElseThrow(() -> new AccessDeniedException("Orientation introuvable."));
        if (referral.getStatus() != ReferralStatus.AWAITING_MATCH) {
            throw InvalidInputException.of("", "Cette orientation n'attend plus de mise en relation.");
        }
        Vacancy vacancy = target(vacancyId);
        checkTarget(referral, vacancy);
        referral.target(vacancy);
        timeline.record(referral, ReferralEventType.MATCH_PROPOSED, vacancy.getLabel());
        runtime.createMessageCorrelation(ReferralProcess.MESSAGE_MATCH_PROPOSED)
                .processInstanceId(referral.getProcessInstanceId()).correlate();
    }

    // --- The matching workbench ----------------------------------------------------------------------------

    /** States in which a referral holds a seat of its vacancy. */
    private static final Set<ReferralStatus> HOLDING_A_SEAT = EnumSet.of(ReferralStatus.PROPOSED, ReferralStatus.SENT,
            ReferralStatus.PROCESSING, ReferralStatus.INTERVIEW, ReferralStatus.POSTPONED, ReferralStatus.ACCEPTED);

    /** Every referral waiting for a match, with its submission time and the SIAE that refused the person. */
    @Transactional(readOnly = true)
    public List<OpenReferral> awaitingMatch() {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        List<Referral> waiting = referrals.findByStatusForMatching(ReferralStatus.AWAITING_MATCH);
        Map<Long, Set<Long>> refusals = timeline.refusingSiaeByPerson(
                waiting.stream().map(r -> r.getPerson().getId()).collect(Collectors.toSet()));
        Map<Long, Instant> submitted = timeline.submissionTimes(waiting.stream().map(Referral::getId).toList());
        return waiting.stream().map(r -> new OpenReferral(r, submitted.getOrDefault(r.getId(), r.getCreatedAt()),
                refusals.getOrDefault(r.getPerson().getId(), Set.of()))).toList();
    }

    /** How many seats of each vacancy (by id) referrals hold: proposed, sent, being answered or accepted. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> seatsHeld() {
        Map<Long, Integer> held = new HashMap<>();
        referrals.countByVacancy(HOLDING_A_SEAT).forEach(row -> held.put((Long) row[0], ((Number) row[1]).intValue()));
        return held;
    }

    /**
     * Sends a referral waiting for a match to the vacancy a coordinator accepted in the matching workbench, as if
     * picked by hand: the referral goes on to the SIAE through its process. Refused with a message when the
     * referral or the vacancy changed meanwhile.
     */
    @Transactional
    public void sendMatched(long id, long version, long vacancyId, String why) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        Referral referral = current(id);
        if (referral.getStatus() != ReferralStatus.AWAITING_MATCH) {
            throw InvalidInputException.of("", referral.businessKey() + " n'attend plus de mise en relation.");
        }
        if (referral.getVersion() != version) {
            throw InvalidInputException.of("", referral.businessKey() + " a changé depuis le calcul : relancez-le.");
        }
        InboxTask task = workflow.findVisibleTask(referral.getProcessInstanceId(), ReferralProcess.TASK_MATCH)
                .orElseThrow(() -> InvalidInputException.of("", referral.businessKey()
                        + " n'attend plus de mise en relation."));
        // Whether it is still open, and every rule on the pair, is checked by routeTo as for a vacancy picked by hand.
        Vacancy vacancy = target(vacancyId);
        if (referrals.countByVacancyIdAndStatusIn(vacancyId, HOLDING_A_SEAT) >= vacancy.getSeats()) {
            throw InvalidInputException.of("vacancyId", vacancy.getLabel() + " (" + vacancy.getSiae().getName()
                    + ") n'a plus de place libre.");
        }
        timeline.record(referral, ReferralEventType.MATCH_PROPOSED, why);
        routeTo(new TaskAction(task, referral), vacancyId, Decision.ACCEPT_PROPOSAL);
    }

    @Transactional
    public void acceptProposal(String taskId, long id, long version) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_REVIEW_PROPOSAL);
        Referral referral = on.referral();
        routeTo(on, referral.getVacancy().getId(), Decision.ACCEPT_PROPOSAL);
    }

    @Transactional
    public void rejectProposal(String taskId, long id, long version, String why) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_REVIEW_PROPOSAL);
        TextLimit.check("why", why, MAX_REASON);
        Referral referral = on.referral();
        timeline.record(referral, ReferralEventType.PROPOSAL_REJECTED, why == null || why.isBlank() ? null : why.trim());
        referral.clearTarget();
        complete(on, Decision.REJECT_PROPOSAL);
    }

    // --- The adviser after a refusal -----------------------------------------------------------------------

    /** Re-sends a refused referral to another SIAE's vacancy, keeping its history. */
    @Transactional
    public void resend(String taskId, long id, long version, Long vacancyId) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_AFTER_REFUSAL);
        routeTo(on, vacancyId, Decision.RESEND);
    }

    @Transactional
    public void backToMatching(String taskId, long id, long version) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_AFTER_REFUSAL);
        Referral referral = on.referral();
        referral.clearTarget();
        runtime.setVariable(referral.getProcessInstanceId(), ReferralProcess.VAR_VACANCY_ID, null);
        complete(on, Decision.TO_MATCHING);
    }

    @Transactional
    public void close(String taskId, long id, long version) {
        TaskAction on = onTask(taskId, id, version, ReferralProcess.TASK_AFTER_REFUSAL);
        Referral referral = on.referral();
        timeline.record(referral, ReferralEventType.CLOSED, null);
        complete(on, Decision.CLOSE);
    }

    // --- Shared steps --------------------------------------------------------------------------------------

    private void routeTo(TaskAction on, Long vacancyId, Decision decision) {
        Referral referral = on.referral();
        if (vacancyId == null) {
            throw InvalidInputException.of("vacancyId", "Choisissez une fiche de poste.");
        }
        Vacancy vacancy = target(vacancyId);
        checkTarget(referral, vacancy);
        referral.target(vacancy);
        runtime.setVariable(referral.getProcessInstanceId(), ReferralProcess.VAR_VACANCY_ID, vacancyId);
        complete(on, decision);
    }

    private Vacancy target(long vacancyId) {
        return vacancies.findForProcess(vacancyId).orElseThrow(() ->
                InvalidInputException.of("vacancyId", "Fiche de poste introuvable."));
    }

    /** Can this referral go to this vacancy? Open, of the right kind, eligible, and never refused there. */
    private void checkTarget(Referral referral, Vacancy vacancy) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkTarget(errors, referral.getId(), referral.getGoal(), referral.getCriteria(), vacancy);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The same for a referral's form, its errors into {@code errors}; a draft without a goal is checked as open only. */
    private void checkTarget(Map<String, String> errors, Long referralId, Goal goal,
            Set<EligibilityCriterion> criteria, Vacancy vacancy) {
        if (!vacancy.isOpen()) {
            errors.put("vacancyId", "Cette fiche de poste est fermée : choisissez-en une autre.");
            return;
        }
        if (goal == null) {
            return;
        }
        VacancyKind expected = goal == Goal.INSERTION_JOB ? VacancyKind.INSERTION : VacancyKind.STAFF;
        if (vacancy.getKind() != expected) {
            errors.put("vacancyId", expected == VacancyKind.INSERTION
                    ? "Cette fiche est un poste de permanent : choisissez un poste en insertion."
                    : "Cette fiche est un poste en insertion : choisissez un poste de permanent.");
            return;
        }
        if (goal == Goal.INSERTION_JOB) {
            EligibilityRule.refusal(criteria, vacancy.getSiae().getSiaeKind())
                    .ifPresent(why -> errors.putIfAbsent("criteria", why));
        }
        if (referralId != null && timeline.wasRefusedBy(referralId, vacancy.getSiae().getId())) {
            errors.put("vacancyId", vacancy.getSiae().getName()
                    + " a déjà refusé cette orientation : choisissez une autre structure.");
        }
    }

    /** A task the acting user may act on, and the referral it is about. */
    private record TaskAction(InboxTask task, Referral referral) {
    }

    /** The referral behind a task the acting user may act on, at the version their form showed. */
    private TaskAction onTask(String taskId, long id, long version, String... taskKeys) {
        Referral referral = current(id);
        InboxTask task = workflow.requireTaskAt(taskId, referral.businessKey(), List.of(taskKeys));
        if (version != referral.getVersion()) {
            throw InvalidInputException.of("", "Cette orientation a changé entre-temps : fermez le formulaire et "
                    + "rouvrez-le pour voir sa situation actuelle.");
        }
        return new TaskAction(task, referral);
    }

    /**
     * The referral at its current version: pending changes flushed first (a flush of nothing costs nothing; a query
     * would cost its translation at each action).
     */
    private Referral current(long id) {
        referrals.flush();
        return referrals.findById(id).orElseThrow(() -> new AccessDeniedException("Orientation introuvable."));
    }

    /** Completes the task that {@link #onTask} has just checked, in the same transaction. */
    private void complete(TaskAction on, Decision decision) {
        workflow.complete(on.task(), Map.of(ReferralProcess.VAR_DECISION, decision.name()));
    }

    /** The referral behind an inbox task, if the acting user may see it; the opening goes into the file's journal. */
    @Transactional
    public Optional<ReferralDetails> detailsForTask(InboxTask task) {
        return referrals.findByProcessInstanceId(task.processInstanceId())
                .filter(r -> r.getStatus() != ReferralStatus.DRAFT)
                .map(referral -> opened(referral, " (tâche « " + task.name() + " »)"));
    }

    private ReferralDetails toDetails(Referral r) {
        CurrentUser user = currentUser.require();
        boolean cancellable = user.is(Role.CEP_ADVISER) && r.getStatus().isOpen() && r.getProcessInstanceId() != null;
        return new ReferralDetails(ReferralRow.of(r), r.getVersion(), DATE.format(r.getPerson().getBirthDate()),
                r.getCommune() == null ? null : r.getCommune().getLabel(), r.getMobilityRadiusKm(), r.getLicences(),
                r.isHasVehicle(),
                r.getAvailableFrom(), r.getTargetJobTitles().stream().map(JobTitle::getLabel).sorted().toList(),
                r.getBarriers(), r.getNote(), r.getGoal(), r.getTrainingRoute(), r.getCriteria(),
                r.getConsentRecordedAt(), r.getRefusalReason(), r.getRefusalMessage(),
                r.getRefusalSharedWithPerson(), r.getInterviewAt(), r.getInterviewPlace(), r.getHiringDate(),
                r.getPostponedUntil(), cancellable,
                r.getStatus().isOpen() && workflow.countInbox(InboxFilter.ofFile(r.businessKey())) > 0,
                timeline.of(r.getId()).stream().map(e -> TimelineEntry.of(e.getAt(), e.getActor(),
                        "referral.event." + e.getType().name(), e.getDetail())).toList(),
                r.getPerson().getId(), r.getVacancy() == null ? null : r.getVacancy().getHoursPerWeek(),
                r.getPerson().getEmail(), r.getPerson().getPhone());
    }

    private static Specification<Referral> visible(ReferralFilter filter, CurrentUser user) {
        Specification<Referral> spec = (root, query, cb) -> {
            List<Predicate> visible = new ArrayList<>();
            organisationColumn(user).ifPresent(column ->
                    visible.add(cb.equal(root.get(column), user.organisationId())));
            if (!user.is(Role.CEP_ADVISER)) {
                // Drafts are their adviser's alone.
                visible.add(cb.notEqual(root.get("status"), ReferralStatus.DRAFT));
            }
            return cb.and(visible.toArray(Predicate[]::new));
        };
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.onlyOpen()) {
            spec = spec.and((root, query, cb) -> root.get("status").in(ReferralStatus.OPEN));
        }
        if (filter.siaeId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siaeId"), filter.siaeId()));
        }
        if (filter.text() != null) {
            Optional<Long> number = Referral.idOfBusinessKey(filter.text());
            spec = spec.and(number.<Specification<Referral>>map(id -> (root, query, cb) ->
                    cb.equal(root.get("id"), id)).orElse((root, query, cb) ->
                    cb.like(root.get("person").get("searchName"), SearchText.containsPattern(filter.text()))));
        }
        return spec;
    }
}
