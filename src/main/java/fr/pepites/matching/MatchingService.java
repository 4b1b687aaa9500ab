package fr.pepites.matching;

import fr.pepites.common.Plural;
import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Commune;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.Position;
import fr.pepites.referral.EligibilityRule;
import fr.pepites.referral.Goal;
import fr.pepites.referral.OpenReferral;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyKind;
import fr.pepites.vacancy.VacancyService;
import fr.pepites.workbench.Acceptance;
import fr.pepites.workbench.KeptProposal;
import fr.pepites.workbench.ScoreWords;
import fr.pepites.workbench.SolveProblem;
import fr.pepites.workbench.SolveRun;
import fr.pepites.workbench.SolveWorkbench;
import fr.pepites.workbench.WeightSetting;
import fr.pepites.workbench.Workbench;
import fr.pepites.workbench.WorkbenchRow;
import fr.pepites.workbench.WorkbenchStore;
import fr.pepites.workbench.WorkbenchRow.Fact;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entry point of matching (solver 1 of DESIGN.md): the coordinators' workbench solves all referrals waiting for a
 * match against the open vacancies' free seats, watches the score improve, reviews each proposal with its
 * explanation, and accepts (the referral goes on to the SIAE through its process), rejects or pins them, then
 * re-solves the rest. The workbench's machinery (one solve at a time for the whole platform, seen by every
 * coordinator) is the shared {@link Workbench}.
 */
@Service
public class MatchingService implements SolveWorkbench {

    /** Why a proposal's share of its SIAE's load counts: said after "<SIAE> reçoit n propositions". */
    private static final String SHARE_WHY = " : pour répartir les personnes entre les SIAE, chaque proposition de plus"
            + " dans une même SIAE compte davantage";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The facts of a workbench row, as the grid's columns. */
    public static final String SIAE = "siae";
    public static final String DISTANCE = "distance";
    public static final String ROME_FIT = "romeFit";
    public static final String WAITING = "waiting";

    private final SolutionManager<MatchingProblem, HardSoftLongScore> solutions;
    private final ReferralService referrals;
    private final VacancyService vacancies;
    private final CurrentUserProvider currentUser;
    private final TransactionTemplate readOnly;
    private final int toleranceDays;
    private final java.time.Duration timeLimit;
    private final Workbench<MatchingProblem> workbench;

    // What the last solve was built from (names and versions behind the problem's ids); guarded by the workbench.
    private Built built;

    MatchingService(SolverManager<MatchingProblem, Long> matchingSolverManager, ReferralService referrals,
            VacancyService vacancies, CurrentUserProvider currentUser, PlatformTransactionManager transactions,
            WorkbenchStore workbenchStore,
            @Value("${pepites.matching.availability-tolerance-days:30}") int toleranceDays,
            @Value("${pepites.matching.time-limit:PT60S}") java.time.Duration timeLimit,
            SolverFactory<MatchingProblem> matchingSolverFactory) {
        this.timeLimit = timeLimit;
        this.solutions = SolutionManager.create(matchingSolverFactory);
        this.referrals = referrals;
        this.vacancies = vacancies;
        this.currentUser = currentUser;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.toleranceDays = toleranceDays;
        this.workbench = new Workbench<>("matching", matchingSolverManager, new Problem(), workbenchStore);
    }

    /** What the problem was built from: the instance, and the application's ids and names behind it. */
    private record Built(MatchingInstance instance, Map<String, Position> positions, List<Long> referralIds,
            List<Long> vacancyIds, Map<String, String> personNames, Map<String, Long> referralVersions) {

        MatchingProblem problem() {
            return instance.toProblem(code -> Optional.ofNullable(positions.get(code)), referralIds, vacancyIds);
        }

        List<MatchCandidate> people() {
            return instance.people(code -> Optional.ofNullable(positions.get(code)), referralIds);
        }

        List<MatchVacancy> jobs() {
            return instance.jobs(code -> Optional.ofNullable(positions.get(code)), vacancyIds);
        }
    }

    // --- The workbench ------------------------------------------------------------------------------------

    @Override
    public Optional<SolveRun> current() {
        coordinator();
        return workbench.current();
    }

    @Override
    public List<WorkbenchRow> proposals() {
        coordinator();
        return workbench.proposals();
    }

    @Override
    public List<WeightSetting> weights() {
        coordinator();
        MatchingWeights weights = new MatchingWeights();
        List<WeightSetting> result = new ArrayList<>();
        MatchingWeights.hardConstraints().forEach(name ->
                result.add(new WeightSetting(name, true, 1, MatchingWeights.unit(name))));
        MatchingWeights.softConstraints().forEach(name ->
                result.add(new WeightSetting(name, false, weights.softWeight(name), MatchingWeights.unit(name))));
        return result;
    }

    @Override
    public Runnable subscribe(Consumer<SolveRun> listener) {
        return workbench.subscribe(listener);
    }

    @Override
    public java.time.Duration timeLimit() {
        return timeLimit;
    }

    /** Starts a solve over every referral waiting for a match; refused while another one runs. */
    @Override
    public SolveRun start() {
        return workbench.start(coordinator().fullName());
    }

    /** Solves again what was not accepted nor pinned, without the rejected pairs. */
    @Override
    public SolveRun resolve() {
        return workbench.resolve(coordinator().fullName());
    }

    @Override
    public void stop() {
        coordinator();
        workbench.stop();
    }

    /**
     * Accepts these proposals: each is checked again against the current referral and vacancy (a change during
     * the solve may have made it invalid), and the valid ones are sent to their SIAE, in one transaction.
     */
    @Override
    public Acceptance accept(Collection<String> proposalIds) {
        coordinator();
        return workbench.accept(proposalIds);
    }

    /** Rejects these proposals: the next re-solve will not propose the same job to the same person. */
    @Override
    public void reject(Collection<String> proposalIds) {
        coordinator();
        workbench.reject(proposalIds);
    }

    @Override
    public void pin(Collection<String> proposalIds, boolean pinned) {
        coordinator();
        workbench.pin(proposalIds, pinned);
    }

    /** Matching's problem as the workbench handles it. */
    private final class Problem implements SolveProblem<MatchingProblem> {

        @Override
        public MatchingProblem build() {
            Built fresh = MatchingService.this.build();
            if (!fresh.instance().candidates().isEmpty() && !fresh.instance().vacancies().isEmpty()) {
                built = fresh;
            }
            return fresh.problem();
        }

        /** The exact construction ends with the solve's time limit too, counted from now. */
        @Override
        public void beforeSolve(MatchingProblem problem) {
            problem.endSolveWithin(timeLimit);
        }

        @Override
        public Optional<String> nothingToSolve(MatchingProblem problem) {
            if (problem.getProposals().isEmpty()) {
                return Optional.of("Aucune orientation n'attend de mise en relation : il n'y a rien à "
                        + "proposer. Les orientations « ouvertes » arrivent ici dès que le conseiller les soumet.");
            }
            if (problem.getVacancies().isEmpty()) {
                return Optional.of("Aucune fiche de poste ouverte n'a de place libre : demandez aux SIAE "
                        + "de publier ou de rouvrir leurs fiches.");
            }
            return problem.nothingReachable();
        }

        @Override
        public int subjects(MatchingProblem problem) {
            return problem.getProposals().size();
        }

        @Override
        public int resources(MatchingProblem problem) {
            return problem.getSeats().size();
        }

        @Override
        public long placed(MatchingProblem problem) {
            return problem.matchedCount();
        }

        @Override
        public String score(MatchingProblem problem) {
            HardSoftLongScore score = scored(problem);
            return ScoreWords.of(score.hardScore(), score.softScore(), ScoreWords.Soft.POINTS);
        }

        /** Proven when the construction was exact for these data and weights, see {@link OptimalConstructionPhase}. */
        @Override
        public boolean optimumProven(MatchingProblem solution) {
            scored(solution);
            return solution.optimumProven();
        }

        /** The solution's score (a solve that never improved on its start gives that start back unscored). */
        private HardSoftLongScore scored(MatchingProblem problem) {
            return problem.getScore() != null ? problem.getScore() : solutions.update(problem);
        }

        @Override
        public void pin(MatchingProblem problem, String id, boolean pinned) {
            Proposal proposal = proposal(problem, id);
            if (proposal != null) {
                proposal.setPinned(pinned);
            }
        }

        @Override
        public void exclude(MatchingProblem problem, String id, String vacancyId) {
            Proposal proposal = proposal(problem, id);
            problem.getVacancies().stream().filter(v -> v.id().equals(vacancyId)).findFirst()
                    .ifPresent(vacancy -> {
                        if (proposal != null) {
                            problem.exclude(proposal, vacancy);
                        }
                    });
        }

        /** Each person's proposal as its vacancy's id ("V-7"): the seat is any free one of that vacancy. */
        @Override
        public Map<String, KeptProposal> proposals(MatchingProblem solution) {
            Map<String, KeptProposal> kept = new LinkedHashMap<>();
            solution.getProposals().forEach(p -> kept.put(p.getId(),
                    new KeptProposal(p.getVacancy() == null ? null : p.getVacancy().id(), p.isPinned())));
            return kept;
        }

        @Override
        public void restore(MatchingProblem problem, Map<String, KeptProposal> kept) {
            // The seats are shared by the proposals that may take them: the same seat is the same object.
            Set<Seat> taken = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Proposal p : problem.getProposals()) {
                KeptProposal k = kept.get(p.getId());
                if (k == null) {
                    continue;
                }
                p.setPinned(k.pinned());
                problem.freeSeat(p, k.proposal(), taken).ifPresent(seat -> {
                    p.setSeat(seat);
                    taken.add(seat);
                });
            }
        }

        @Override
        public List<String> accept(MatchingProblem best, Collection<String> ids, List<String> refused) {
            // The current data, without building a whole problem: only the chosen pairs are checked.
            Built fresh = MatchingService.this.build();
            Map<String, MatchCandidate> people = fresh.people().stream()
                    .collect(Collectors.toMap(MatchCandidate::id, c -> c));
            Map<Long, MatchVacancy> jobs = fresh.jobs().stream()
                    .collect(Collectors.toMap(MatchVacancy::vacancyId, v -> v));
            Map<Long, Integer> taken = new HashMap<>();
            List<String> ok = new ArrayList<>();
            for (String id : ids) {
                Proposal proposal = proposal(best, id);
                Optional<String> invalid = stillValid(proposal, people.get(id),
                        jobs.get(proposal.getVacancy().vacancyId()), taken);
                if (invalid.isPresent()) {
                    refused.add(invalid.get());
                    continue;
                }
                MatchCandidate candidate = proposal.getCandidate();
                referrals.sendMatched(candidate.referralId(), fresh.referralVersions().get(id),
                        proposal.getVacancy().vacancyId(), "Proposition de la mise en relation acceptée : "
                                + proposal.getVacancy().label() + " (" + proposal.getVacancy().siaeName() + ")");
                taken.merge(proposal.getVacancy().vacancyId(), 1, Integer::sum);
                ok.add(id);
            }
            return ok;
        }

        @Override
        public List<WorkbenchRow> explain(MatchingProblem solution, Map<String, WorkbenchRow.Decision> decisions) {
            return MatchingService.this.explain(solution, decisions);
        }

        private Proposal proposal(MatchingProblem problem, String id) {
            return problem.getProposals().stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
        }
    }

    /** Why a proposal can no longer be accepted, from the current data; empty when it still can. */
    private static Optional<String> stillValid(Proposal proposal, MatchCandidate now, MatchVacancy job,
            Map<Long, Integer> takenInThisAction) {
        String who = proposal.getId();
        if (now == null) {
            return Optional.of(who + " : l'orientation n'attend plus de mise en relation.");
        }
        MatchVacancy was = proposal.getVacancy();
        if (job == null || job.seats() - takenInThisAction.getOrDefault(was.vacancyId(), 0) <= 0) {
            return Optional.of(who + " : " + was.label() + " (" + was.siaeName()
                    + ") est fermée ou n'a plus de place libre.");
        }
        List<String> broken = MatchingRules.brokenRules(now, job);
        if (!broken.isEmpty()) {
            return Optional.of(who + " : la proposition ne respecte plus « " + String.join(" », « ", broken)
                    + " » (l'orientation ou la fiche a changé pendant le calcul).");
        }
        return Optional.empty();
    }

    // --- Export -------------------------------------------------------------------------------------------

    /**
     * The referrals waiting now and the open vacancies, as an instance file for outside tools: people, SIAE and
     * vacancies renamed (C1, S1, V1…), no names, nothing that identifies a person.
     */
    public MatchingInstance exportInstance() {
        coordinator();
        MatchingInstance instance = readOnly.execute(status -> build()).instance();
        Map<String, String> siae = new LinkedHashMap<>();
        instance.vacancies().forEach(v -> siae.computeIfAbsent(v.siae(), k -> "S" + (siae.size() + 1)));
        Map<String, String> jobIds = new HashMap<>();
        List<MatchingInstance.Vacancy> jobs = new ArrayList<>();
        for (MatchingInstance.Vacancy v : instance.vacancies()) {
            String id = "V" + (jobs.size() + 1);
            jobIds.put(v.id(), id);
            jobs.add(new MatchingInstance.Vacancy(id, v.label(), siae.get(v.siae()), siae.get(v.siae()), v.siaeKind(),
                    v.kind(), v.romeCode(), v.commune(), v.seats(), v.startDate(), v.requiredLicences()));
        }
        List<MatchingInstance.Candidate> people = new ArrayList<>();
        for (MatchingInstance.Candidate c : instance.candidates()) {
            people.add(new MatchingInstance.Candidate("C" + (people.size() + 1), c.commune(), c.radiusKm(),
                    c.licences(), c.availableFrom(), c.waitingDays(), c.goal(), c.eligibleSiaeKinds(), c.romeCodes(),
                    c.refusedBySiae().stream().map(id -> siae.getOrDefault(id, "S-" + Math.abs(id.hashCode() % 100000)))
                            .toList()));
        }
        return new MatchingInstance(MatchingInstance.FORMAT, instance.referenceDate(), instance.settings(), people,
                jobs);
    }

    // --- Building the problem -----------------------------------------------------------------------------

    /** The instance of the referrals waiting now and the open vacancies' free seats (in a transaction). */
    private Built build() {
        LocalDate today = LocalDate.now(PARIS);
        Map<String, Position> positions = new HashMap<>();
        List<Long> referralIds = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        List<MatchingInstance.Candidate> people = new ArrayList<>();
        for (OpenReferral open : referrals.awaitingMatch()) {
            Referral r = open.referral();
            String id = r.businessKey();
            people.add(new MatchingInstance.Candidate(id, place(r.getCommune(), positions), r.getMobilityRadiusKm(),
                    List.copyOf(r.getLicences()), r.getAvailableFrom() == null ? today : r.getAvailableFrom(),
                    (int) Math.max(0, ChronoUnit.DAYS.between(open.waitingSince().atZone(PARIS).toLocalDate(), today)),
                    r.getGoal() == Goal.STAFF_JOB ? VacancyKind.STAFF : VacancyKind.INSERTION,
                    Arrays.stream(SiaeKind.values()).filter(kind -> r.getGoal() == Goal.STAFF_JOB
                            || EligibilityRule.isEligible(r.getCriteria(), kind)).toList(),
                    r.getTargetJobTitles().stream().map(JobTitle::getRomeCode).distinct().sorted().toList(),
                    open.refusedBySiae().stream().map(String::valueOf).sorted().toList()));
            referralIds.add(r.getId());
            names.put(id, r.getPerson().getFullName());
            versions.put(id, r.getVersion());
        }
        Map<Long, Integer> held = referrals.seatsHeld();
        List<Long> vacancyIds = new ArrayList<>();
        List<MatchingInstance.Vacancy> jobs = new ArrayList<>();
        for (Vacancy v : vacancies.openForMatching()) {
            int free = v.getSeats() - held.getOrDefault(v.getId(), 0);
            if (free <= 0 || v.getSiae().getSiaeKind() == null) {
                continue;
            }
            jobs.add(new MatchingInstance.Vacancy("V-" + v.getId(), v.getJobTitle().getName(), String.valueOf(v.getSiae().getId()),
                    v.getSiae().getName(), v.getSiae().getSiaeKind(), v.getKind(), v.getJobTitle().getRomeCode(),
                    place(v.getCommune(), positions), free, v.getStartDate(), List.copyOf(v.getRequiredLicences())));
            vacancyIds.add(v.getId());
        }
        MatchingInstance.Settings settings = new MatchingInstance.Settings(toleranceDays,
                MatchingFiles.weightsOf(new MatchingWeights()));
        return new Built(new MatchingInstance(MatchingInstance.FORMAT, today, settings, people, jobs), positions,
                referralIds, vacancyIds, names, versions);
    }

    private static String place(Commune commune, Map<String, Position> positions) {
        positions.computeIfAbsent(commune.getInseeCode(), code -> new Position(code, commune.getLatitude(),
                commune.getLongitude(), commune.isApproximate()));
        return commune.getInseeCode();
    }

    // --- Explaining ---------------------------------------------------------------------------------------

    /** Each proposal with the constraints it satisfies or breaks, and their score impact. */
    private List<WorkbenchRow> explain(MatchingProblem solution, Map<String, WorkbenchRow.Decision> decisions) {
        ScoreExplanation<MatchingProblem, HardSoftLongScore> explanation = solutions.explain(solution);
        Map<Object, Indictment<HardSoftLongScore>> indictments = explanation.getIndictmentMap();
        Map<String, Long> perSiae = solution.getProposals().stream().filter(p -> p.getVacancy() != null)
                .collect(Collectors.groupingBy(p -> p.getVacancy().siaeId(), Collectors.counting()));
        long spreadWeight = solution.getWeights().softWeight(MatchingWeights.SPREAD);
        List<WorkbenchRow> result = new ArrayList<>();
        for (Proposal p : solution.getProposals()) {
            MatchCandidate c = p.getCandidate();
            String name = built.personNames().getOrDefault(p.getId(), p.getId());
            String person = p.getId() + " · " + name;
            WorkbenchRow.Decision decision = decisions.getOrDefault(p.getId(),
                    p.getVacancy() == null ? WorkbenchRow.Decision.NONE : WorkbenchRow.Decision.PROPOSED);
            Map<String, Fact> facts = new LinkedHashMap<>();
            MatchVacancy v = p.getVacancy();
            if (v == null) {
                facts.put(WAITING, new Fact(c.waitingDays() + " j", c.waitingDays()));
                String why = NoProposalReason.of(solution, p);
                result.add(new WorkbenchRow(p.getId(), person, null, null, facts, 0, decision, p.isPinned(), false,
                        List.of(new WorkbenchRow.Reason("Sans proposition", 0, 0, why))));
                continue;
            }
            List<WorkbenchRow.Reason> reasons = new ArrayList<>();
            long hard = 0;
            long soft = 0;
            Indictment<HardSoftLongScore> indictment = indictments.get(p);
            if (indictment != null) {
                List<ConstraintMatch<HardSoftLongScore>> matches = new ArrayList<>(indictment.getConstraintMatchSet());
                matches.sort((a, b) -> Long.compare(b.getScore().softScore(), a.getScore().softScore()));
                for (ConstraintMatch<HardSoftLongScore> match : matches) {
                    HardSoftLongScore s = match.getScore();
                    hard += s.hardScore();
                    soft += s.softScore();
                    reasons.add(new WorkbenchRow.Reason(match.getConstraintName(), s.hardScore(), s.softScore(),
                            detail(match.getConstraintName(), c, v)));
                }
            }
            long n = perSiae.getOrDefault(v.siaeId(), 1L);
            long share = -spreadWeight * (2 * n - 1);
            reasons.add(new WorkbenchRow.Reason(MatchingWeights.SPREAD, 0, share, v.siaeName() + " reçoit "
                    + Plural.of(n, "proposition", "propositions") + SHARE_WHY));
            String romeFit = MatchingRules.sameRomeCode(c, v) ? "un métier que la personne vise"
                    : MatchingRules.sameRomeDomain(c, v) ? "de la même famille que les métiers visés"
                    : "hors des métiers visés";
            int km = MatchingRules.distanceKm(c, v);
            facts.put(SIAE, Fact.of(v.siaeName()));
            facts.put(DISTANCE, new Fact(km + " km", km));
            facts.put(ROME_FIT, Fact.of(romeFit));
            facts.put(WAITING, new Fact(c.waitingDays() + " j", c.waitingDays()));
            result.add(new WorkbenchRow(p.getId(), person, v.label(), v.id(), facts, soft + share, decision,
                    p.isPinned(), hard == 0 && decision == WorkbenchRow.Decision.PROPOSED, reasons));
        }
        result.sort((a, b) -> Boolean.compare(b.hasProposal(), a.hasProposal()));
        return List.copyOf(result);
    }

    private static String detail(String constraint, MatchCandidate c, MatchVacancy v) {
        return switch (constraint) {
            case MatchingWeights.MATCHED -> "Une personne de plus avec une proposition";
            case MatchingWeights.WAITING -> "En attente depuis " + c.waitingDays() + " jours";
            case MatchingWeights.SAME_ROME_CODE -> "Le poste (" + v.romeCode() + ") est un métier visé";
            case MatchingWeights.SAME_ROME_DOMAIN -> "Le poste (" + v.romeCode() + ") est du domaine d'un métier visé ("
                    + String.join(", ", c.romeCodes()) + ")";
            case MatchingWeights.DISTANCE -> MatchingRules.distanceKm(c, v) + " km du domicile au poste (rayon "
                    + c.radiusKm() + " km)";
            case MatchingWeights.RADIUS -> MatchingRules.kilometresBeyondRadius(c, v) + " km au-delà du rayon";
            case MatchingWeights.LICENCES -> Plural.of(MatchingRules.missingLicences(c, v), "permis manquant",
                    "permis manquants");
            case MatchingWeights.AVAILABILITY -> "Disponible " + MatchingRules.daysLate(c, v) + " jours trop tard";
            default -> constraint;
        };
    }

    // --- Guards -------------------------------------------------------------------------------------------

    private CurrentUser coordinator() {
        return currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
    }
}
