package fr.pepites.learning;

import fr.pepites.badges.BadgeService;
import fr.pepites.common.InvalidInputException;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The badges earned from the ledger: the coordinators' award rules (one per achievement), their evaluation in the
 * transaction that writes a learner's activities (the achievement issued through the badge service, never twice for
 * the same rule and learner), and how far a learner is from each rule.
 */
@Service
public class AwardRules {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_COUNT = 1000;
    private static final int MAX_HOURS = 10_000;
    private static final int MAX_MONTHS = 120;
    private static final int MAX_THEME = 60;
    private static final int MAX_EVIDENCE = 1900;

    private final AwardRuleRepository rules;
    private final RuleAwardRepository awards;
    private final LearningActivityRepository activities;
    private final TrainingOfferRepository offers;
    private final TrainingSessionRepository sessions;
    private final CapsuleRepository capsules;
    private final BadgeService badges;
    private final CurrentUserProvider currentUser;

    AwardRules(AwardRuleRepository rules, RuleAwardRepository awards, LearningActivityRepository activities,
            TrainingOfferRepository offers, TrainingSessionRepository sessions, CapsuleRepository capsules,
            BadgeService badges, CurrentUserProvider currentUser) {
        this.capsules = capsules;
        this.rules = rules;
        this.offers = offers;
        this.sessions = sessions;
        this.awards = awards;
        this.activities = activities;
        this.badges = badges;
        this.currentUser = currentUser;
    }

    /** A rule as the coordinators' list shows it, with its achievement's name and what it asks in words. */
    public record RuleRow(long id, long achievementId, String achievementName, String wording, boolean active,
            long version) {
    }

    /** Every rule, for the coordinators. */
    @Transactional(readOnly = true)
    public List<RuleRow> rules() {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        List<AwardRule> all = rules.findAll();
        Map<Long, String> names = badges.achievementNames(all.stream().map(AwardRule::getAchievementId).toList());
        return all.stream()
                .map(r -> new RuleRow(r.getId(), r.getAchievementId(),
                        names.getOrDefault(r.getAchievementId(), "?"), wording(r), r.isActive(), r.getVersion()))
                .sorted(java.util.Comparator.comparing(RuleRow::achievementName)).toList();
    }

    /** The achievements a rule may award (active, not paths), by id and name, for the rule's form. */
    @Transactional(readOnly = true)
    public Map<Long, String> badgeNames() {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        return earnableBadges();
    }

    /** The active achievements the acting user keeps that a rule or an offer may name: not paths, by id and name. */
    Map<Long, String> earnableBadges() {
        return badges.achievements().stream().filter(a -> a.kind() != fr.pepites.badges.BadgeKind.PATH)
                .collect(Collectors.toMap(a -> a.id(), a -> a.name(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The capsules a rule "these capsules passed" may name, by id and title. */
    @Transactional(readOnly = true)
    public Map<Long, String> capsuleNames() {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        return capsules.findAllByOrderByTitle().stream().collect(Collectors.toMap(Capsule::getId, Capsule::getTitle,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The offers a rule "P % of the sessions" may name, by id and title. */
    @Transactional(readOnly = true)
    public Map<Long, String> offerNames() {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        return offers.findAllByOrderByTitle().stream().collect(Collectors.toMap(TrainingOffer::getId,
                TrainingOffer::getTitle, (a, b) -> a, LinkedHashMap::new));
    }

    /** The achievements a new rule may award: those {@link #badgeNames} gives that have no rule yet. */
    @Transactional(readOnly = true)
    public Map<Long, String> badgesWithoutRule() {
        Map<Long, String> names = badgeNames();
        rules.findAll().forEach(r -> names.remove(r.getAchievementId()));
        return names;
    }

    /** The rule of an achievement, as its form edits it. */
    @Transactional(readOnly = true)
    public Optional<AwardRuleData> ruleOf(long achievementId) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        return rules.findByAchievementId(achievementId).map(r -> new AwardRuleData(r.getAchievementId(), r.getType(),
                r.getKind(), r.getTheme(), r.getRequiredCount(), r.getRequiredHours(), r.getWithinMonths(),
                r.isActive(), r.getOfferId(), r.getRequiredPercent(), r.capsuleIds()));
    }

    /**
     * Creates or changes the rule of an achievement ({@code version}: the one the form read, null for a new rule).
     * It counts from now on: learners who already meet it receive the badge at their next activity.
     */
    @Transactional
    public void save(AwardRuleData data, Long version) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<AwardRule> existing = data.achievementId() == null ? Optional.empty()
                : rules.findByAchievementId(data.achievementId());
        if (data.achievementId() == null || (existing.isEmpty() && !badgeNames().containsKey(data.achievementId()))) {
            errors.put("achievement", "Choisissez le badge que la règle délivre (un badge actif, pas un parcours).");
        }
        if (data.type() == null) {
            errors.put("type", "Choisissez ce que la règle compte : des activités, des heures ou des sessions suivies.");
        }
        Optional<TrainingOffer> offer = data.type() == RuleType.SESSIONS && data.offerId() != null
                ? offers.findById(data.offerId()) : Optional.empty();
        if (data.type() == RuleType.SESSIONS) {
            if (offer.isEmpty()) {
                errors.put("offer", "Choisissez l'offre dont les sessions comptent.");
            }
            if (!within(data.requiredPercent(), 1, 100)) {
                errors.put("requiredPercent", "La part des sessions suivies va de 1 à 100 %.");
            }
        } else if (data.type() == RuleType.CAPSULES) {
            if (data.capsuleIds().isEmpty() || capsules.findAllById(data.capsuleIds()).size()
                    != data.capsuleIds().stream().distinct().count()) {
                errors.put("capsules", "Choisissez les capsules à réussir.");
            }
            if (!within(data.requiredPercent(), 1, 100)) {
                errors.put("requiredPercent", "Le score à atteindre à chaque capsule va de 1 à 100 %.");
            }
        } else if (data.kind() == null) {
            errors.put("kind", "Choisissez le type d'activité compté.");
        }
        if (data.type() == RuleType.COUNT && !within(data.requiredCount(), 1, MAX_COUNT)) {
            errors.put("requiredCount", "Le nombre d'activités va de 1 à " + MAX_COUNT + ".");
        }
        if (data.type() == RuleType.HOURS && !within(data.requiredHours(), 1, MAX_HOURS)) {
            errors.put("requiredHours", "Le nombre d'heures va de 1 à " + MAX_HOURS + ".");
        }
        if (data.withinMonths() != null && !within(data.withinMonths(), 1, MAX_MONTHS)) {
            errors.put("withinMonths", "La période va de 1 à " + MAX_MONTHS + " mois (laissez vide : sans limite).");
        }
        if (data.theme() != null && data.theme().trim().length() > MAX_THEME) {
            errors.put("theme", "Le thème tient en " + MAX_THEME + " caractères au plus.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (existing.isPresent() && version == null) {
            throw InvalidInputException.of("achievement", "Ce badge a déjà une règle : modifiez-la depuis la liste.");
        }
        if (existing.isPresent() && existing.get().getVersion() != version) {
            throw InvalidInputException.of("", "Cette règle a changé entre-temps : fermez le formulaire et rouvrez-le "
                    + "pour voir la dernière version.");
        }
        AwardRule rule = existing.orElseGet(() -> new AwardRule(data.achievementId()));
        rule.set(offer.map(o -> new AwardRuleData(data.achievementId(), data.type(), o.getKind(), data.theme(), null,
                null, null, data.active(), o.getId(), data.requiredPercent()))
                .orElse(data.type() == RuleType.CAPSULES ? new AwardRuleData(data.achievementId(), data.type(),
                        ActivityKind.CAPSULE, null, null, null, null, data.active(), null, data.requiredPercent(),
                        data.capsuleIds()) : data));
        rules.save(rule);
    }

    /**
     * Evaluates the active rules counting these kinds for these learners, in the caller's transaction, and issues
     * each achievement a learner has just earned: its evidence lists the activities that earned it.
     */
    void evaluate(Collection<Learner> learners, Collection<ActivityKind> kinds) {
        List<AwardRule> concerned = rules.findByActiveTrueAndKindIn(kinds);
        if (concerned.isEmpty()) {
            return;
        }
        // Read once for all the learners and rules: their activities of these kinds, the awards already made.
        List<String> keys = learners.stream().map(Learner::key).toList();
        Measuring measuring = new Measuring(LocalDate.now(PARIS), activities.findByLearnerKeyInAndKindInOrderByDateAsc(
                keys, concerned.stream().map(AwardRule::getKind).distinct().toList()));
        java.util.Set<RuleAward.Key> awarded = new java.util.HashSet<>(awards.awardedAmong(
                concerned.stream().map(AwardRule::getId).toList(), keys));
        List<BadgeService.Earned> earned = new ArrayList<>();
        List<RuleAward.Key> earners = new ArrayList<>();
        for (Learner learner : learners) {
            for (AwardRule rule : concerned) {
                if (awarded.contains(new RuleAward.Key(rule.getId(), learner.key()))) {
                    continue;
                }
                Measure measure = measuring.measure(rule, learner.key());
                if (measure.done() >= rule.target()) {
                    earned.add(new BadgeService.Earned(rule.getAchievementId(), learner.personId(), learner.accountId(),
                            evidence(rule, measure.counted()), "REGLE-" + rule.getId()));
                    earners.add(new RuleAward.Key(rule.getId(), learner.key()));
                }
            }
        }
        if (earned.isEmpty()) {
            return;
        }
        // Issued together (their signatures computed in parallel), each award recorded once, in this transaction.
        List<Optional<String>> credentials = badges.issueEarned(earned);
        for (int n = 0; n < earned.size(); n++) {
            RuleAward.Key earner = earners.get(n);
            credentials.get(n).ifPresent(credential -> awards.save(new RuleAward(earner.ruleId(), earner.learnerKey(),
                    credential)));
        }
        awards.flush();
    }

    /** How far a learner is from one rule: "2 échanges entre pairs sur 3", and whether the badge was awarded. */
    public record Progress(long achievementId, String achievementName, String wording, RuleType type, int done,
            int target, boolean awarded) {

        /** "2 sur 3" activities, "5 h sur 14 h", "50 % sur 80 %". */
        public String text() {
            String unit = type == RuleType.HOURS ? " h" : type == RuleType.SESSIONS ? " %" : "";
            return Math.min(done, target) + unit + " sur " + target + unit;
        }
    }

    /** The learner's progress towards each active rule. */
    @Transactional(readOnly = true)
    public List<Progress> progressOf(Learner learner) {
        List<AwardRule> active = rules.findByActiveTrue();
        Map<Long, String> names = badges.achievementNames(active.stream().map(AwardRule::getAchievementId).toList());
        java.util.Set<Long> held = badges.achievementsHeldBy(learner.personId(), learner.accountId());
        Measuring measuring = new Measuring(LocalDate.now(PARIS), activities.findByLearnerKeyInAndKindInOrderByDateAsc(
                List.of(learner.key()), active.stream().map(AwardRule::getKind).distinct().toList()));
        java.util.Set<RuleAward.Key> awarded = active.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(
                awards.awardedAmong(active.stream().map(AwardRule::getId).toList(), List.of(learner.key())));
        List<Progress> out = new ArrayList<>();
        for (AwardRule rule : active) {
            out.add(new Progress(rule.getAchievementId(), names.getOrDefault(rule.getAchievementId(), "?"),
                    wording(rule), rule.getType(), measuring.measure(rule, learner.key()).done(), rule.target(),
                    held.contains(rule.getAchievementId())
                            || awarded.contains(new RuleAward.Key(rule.getId(), learner.key()))));
        }
        out.sort(java.util.Comparator.comparing(Progress::achievementName));
        return out;
    }

    /** The learner's activities a rule counts today, and how far they go in its unit. */
    private record Measure(List<LearningActivity> counted, int done) {
    }

    /**
     * Measures rules over activities read beforehand (those of the learners and kinds concerned, by date), the
     * sessions of an offer read once per offer.
     */
    private final class Measuring {

        private final LocalDate today;
        private final Map<String, List<LearningActivity>> byLearner;
        private final Map<Long, java.util.Set<String>> offerSessions = new java.util.HashMap<>();

        Measuring(LocalDate today, List<LearningActivity> read) {
            this.today = today;
            this.byLearner = read.stream().collect(Collectors.groupingBy(LearningActivity::getLearnerKey));
        }

        Measure measure(AwardRule rule, String learnerKey) {
            List<LearningActivity> ofKind = byLearner.getOrDefault(learnerKey, List.of()).stream()
                    .filter(a -> a.getKind() == rule.getKind()).toList();
            java.util.Set<String> offered = rule.getType() != RuleType.SESSIONS ? java.util.Set.of()
                    : offerSessions.computeIfAbsent(rule.getOfferId(), id -> sessions.countedIdsOf(id).stream()
                            .map(TrainingSession::businessKey).collect(Collectors.toSet()));
            return AwardRules.measure(rule, ofKind, today, offered);
        }
    }

    private static Measure measure(AwardRule rule, List<LearningActivity> ofKind, LocalDate today,
            java.util.Set<String> offered) {
        if (rule.getType() == RuleType.CAPSULES) {
            java.util.Set<String> asked = rule.capsuleIds().stream().map(Capsule::reference)
                    .collect(Collectors.toSet());
            List<LearningActivity> counted = ofKind.stream().filter(a -> a.getSource() == ActivitySource.CAPSULE
                    && asked.contains(a.getSourceRef()) && a.getScore() != null
                    && a.getScore() >= rule.getRequiredPercent()).toList();
            return new Measure(counted, rule.progressOf(counted, 0));
        }
        if (rule.getType() != RuleType.SESSIONS) {
            List<LearningActivity> counted = rule.counted(ofKind, today);
            return new Measure(counted, rule.progressOf(counted, 0));
        }
        List<LearningActivity> counted = ofKind.stream()
                .filter(a -> a.getSource() == ActivitySource.SESSION && offered.contains(a.getSourceRef())).toList();
        return new Measure(counted, rule.progressOf(counted, offered.size()));
    }

    /**
     * What the rule asks, in French: "3 échanges entre pairs en 12 mois", "14 heures de journée de formation",
     * "80 % des sessions de « Le numérique au quotidien »".
     */
    String wording(AwardRule rule) {
        if (rule.getType() == RuleType.SESSIONS) {
            return rule.getRequiredPercent() + " % des sessions de « "
                    + offers.findById(rule.getOfferId()).map(TrainingOffer::getTitle).orElse("?") + " »";
        }
        if (rule.getType() == RuleType.CAPSULES) {
            return (rule.capsuleIds().size() > 1 ? "Les capsules " : "La capsule ")
                    + capsules.findAllById(rule.capsuleIds()).stream().map(c -> "« " + c.getTitle() + " »")
                            .sorted().collect(Collectors.joining(", "))
                    + " réussie" + (rule.capsuleIds().size() > 1 ? "s" : "") + " à " + rule.getRequiredPercent()
                    + " % au moins";
        }
        String what = rule.getType() == RuleType.COUNT
                ? rule.getRequiredCount() + " " + rule.getKind().noun(rule.getRequiredCount())
                : rule.getRequiredHours() + " " + (rule.getRequiredHours() > 1 ? "heures" : "heure") + " de "
                        + rule.getKind().noun(1);
        String theme = rule.getTheme() == null ? "" : " (thème " + rule.getTheme() + ")";
        String window = rule.getWithinMonths() == null ? "" : " en " + rule.getWithinMonths() + " mois";
        return what + theme + window;
    }

    /** The rule and the activities that earned it, as many as the credential's evidence holds (2,000 characters). */
    private String evidence(AwardRule rule, List<LearningActivity> counted) {
        StringBuilder text = new StringBuilder("Règle « " + wording(rule) + " » remplie : ");
        for (int i = 0; i < counted.size(); i++) {
            LearningActivity a = counted.get(i);
            String item = (i == 0 ? "" : " ; ") + a.getKind().noun(1) + " du " + DATE.format(a.getDate()) + " ("
                    + a.getMinutes() + " min, " + a.origin() + ")";
            if (text.length() + item.length() > MAX_EVIDENCE) {
                text.append(" ; et ").append(counted.size() - i).append(" autres");
                break;
            }
            text.append(item);
        }
        return text.append('.').toString();
    }

    private static boolean within(Integer value, int min, int max) {
        return value != null && value >= min && value <= max;
    }
}
