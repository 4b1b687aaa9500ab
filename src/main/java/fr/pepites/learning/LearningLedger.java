package fr.pepites.learning;

import fr.pepites.common.Csv;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.TextLimit;
import fr.pepites.common.WebLink;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Person;
import fr.pepites.directory.UserAccount;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity ledger, the one place where learning facts live: written by their sources (a twinning's days, an
 * entry by hand of a learner's director) once each, the award rules evaluated in the same transaction; read as a
 * learner's record (hours by kind and modality, progress towards each rule) and as a director's team record.
 */
@Service
public class LearningLedger {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_TEXT = 2000;
    static final int MAX_MINUTES = 24 * 60;
    private static final int MAX_LEARNERS = 500;
    private static final int MAX_YEARS_BACK = 10;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy");

    private final LearningActivityRepository activities;
    private final AwardRules rules;
    private final DirectoryService directory;
    private final CurrentUserProvider currentUser;

    LearningLedger(LearningActivityRepository activities, AwardRules rules, DirectoryService directory,
            CurrentUserProvider currentUser) {
        this.activities = activities;
        this.rules = rules;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    // --- Writing ---------------------------------------------------------------------------------------------

    /**
     * Writes the facts a source states, in the caller's transaction, those already in the ledger left out (a source
     * may state a fact again), then evaluates the rules for their learners. The number written.
     */
    int record(List<LearningFact> facts, String recordedBy) {
        List<LearningFact> written = new ArrayList<>();
        for (LearningFact fact : facts) {
            if (!exists(fact)) {
                activities.save(new LearningActivity(fact, recordedBy));
                written.add(fact);
            }
        }
        if (!written.isEmpty()) {
            activities.flush();
            rules.evaluate(written.stream().map(LearningFact::learner).distinct().toList(),
                    written.stream().map(LearningFact::kind).distinct().toList());
        }
        return written.size();
    }

    /** Whether this fact is in the ledger already (same learner, source, reference and day). */
    boolean exists(LearningFact fact) {
        return activities.existsByLearnerKeyAndSourceAndSourceRefAndDate(fact.learner().key(), fact.source(),
                fact.sourceRef(), fact.date());
    }

    /** What a director (or a coordinator) writes by hand for one of their learners, with the reason. */
    public record HandEntry(Learner learner, ActivityKind kind, LocalDate date, Integer minutes, Modality modality,
            String evidenceText, String evidenceUrl, String reason) {
    }

    /**
     * Writes one activity by hand for a learner of the acting director's organisation (any for a coordinator): in
     * the past or today, of 1 minute to 24 hours, with a reason; once per learner, kind and day.
     */
    @Transactional
    public void recordByHand(HandEntry entry) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.COORDINATOR, Role.ADMIN);
        Map<String, String> errors = new LinkedHashMap<>();
        if (entry.learner() == null || nameOf(entry.learner(), user).isEmpty()) {
            errors.put("learner", "Choisissez une personne de votre structure.");
        }
        if (entry.kind() == null) {
            errors.put("kind", "Choisissez le type d'activité.");
        }
        if (entry.date() == null) {
            errors.put("date", "Indiquez la date de l'activité.");
        } else if (entry.date().isAfter(LocalDate.now(PARIS))) {
            errors.put("date", "Une activité s'inscrit une fois faite : la date ne peut pas être à venir.");
        } else if (entry.date().isBefore(LocalDate.now(PARIS).minusYears(MAX_YEARS_BACK))) {
            errors.put("date", "La date ne peut pas remonter à plus de " + MAX_YEARS_BACK + " ans.");
        }
        if (entry.minutes() == null || entry.minutes() < 1 || entry.minutes() > MAX_MINUTES) {
            errors.put("minutes", "La durée va de 1 minute à 24 heures (1 440 minutes).");
        }
        if (entry.modality() == null) {
            errors.put("modality", "Choisissez la modalité : présentiel, distance ou hybride.");
        }
        String reason = trimmed(entry.reason());
        if (reason == null) {
            errors.put("reason", "Indiquez pourquoi cette activité est inscrite à la main.");
        }
        TextLimit.check(errors, "reason", reason, MAX_TEXT);
        String evidence = trimmed(entry.evidenceText());
        TextLimit.check(errors, "evidenceText", evidence, MAX_TEXT);
        String url = trimmed(entry.evidenceUrl());
        if (url != null && !WebLink.isValid(url)) {
            errors.put("evidenceUrl", "Le lien de la preuve doit être une adresse web (https://…) de "
                    + WebLink.MAX_LENGTH + " caractères au plus.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LearningFact fact = new LearningFact(entry.learner(), entry.kind(), entry.date(), entry.minutes(),
                entry.modality(), List.of(), evidence, url, ActivitySource.HAND, entry.kind().name(), reason);
        if (exists(fact)) {
            throw InvalidInputException.of("date", "Cette activité est déjà inscrite pour cette personne ce jour-là.");
        }
        record(List.of(fact), currentUser.signature());
    }

    /**
     * Takes back an activity written by hand, mistaken (a learner of the acting director's organisation; any for a
     * coordinator). Activities from other sources are facts of their source and stay. A badge a rule has issued with it
     * stays issued: revoking it is the badge's own decision.
     */
    @Transactional
    public void removeByHand(long activityId) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.COORDINATOR, Role.ADMIN);
        LearningActivity activity = activities.findById(activityId)
                .filter(a -> a.getSource() == ActivitySource.HAND && nameOf(a.learner(), user).isPresent())
                .orElseThrow(() -> InvalidInputException.of("", "Cette activité n'existe plus, ou ne se retire pas : "
                        + "seules les activités inscrites à la main se retirent."));
        activities.delete(activity);
    }

    // --- Reading ---------------------------------------------------------------------------------------------

    /** One activity as a record lists it. */
    public record ActivityRow(long id, ActivityKind kind, LocalDate date, int minutes, Modality modality,
            List<String> themes, ActivitySource source, String sourceRef, String origin, String evidenceText,
            String evidenceUrl, String reason, String recordedBy) {

        static ActivityRow of(LearningActivity a) {
            return new ActivityRow(a.getId(), a.getKind(), a.getDate(), a.getMinutes(), a.getModality(), a.themes(),
                    a.getSource(), a.getSourceRef(), a.origin(), a.getEvidenceText(), a.getEvidenceUrl(), a.getReason(),
                    a.getRecordedBy());
        }

        /** The evidence as text: its words, then its link. */
        public String evidence() {
            return java.util.stream.Stream.of(evidenceText, evidenceUrl).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" — "));
        }
    }

    /** Minutes by kind and by modality, and in all. */
    public record Totals(Map<ActivityKind, Integer> byKind, Map<Modality, Integer> byModality, int minutes) {

        static Totals of(List<LearningActivity> activities) {
            Map<ActivityKind, Integer> byKind = new EnumMap<>(ActivityKind.class);
            Map<Modality, Integer> byModality = new EnumMap<>(Modality.class);
            int total = 0;
            for (LearningActivity a : activities) {
                byKind.merge(a.getKind(), a.getMinutes(), Integer::sum);
                byModality.merge(a.getModality(), a.getMinutes(), Integer::sum);
                total += a.getMinutes();
            }
            return new Totals(byKind, byModality, total);
        }
    }

    /** A learner's record over a period: their activities, the totals, and their progress towards each rule. */
    public record LearningRecord(String learnerName, LocalDate from, LocalDate to, List<ActivityRow> activities,
            Totals totals, List<AwardRules.Progress> progress) {
    }

    /** The acting user's own record over the period. */
    @Transactional(readOnly = true)
    public LearningRecord myRecord(LocalDate from, LocalDate to) {
        CurrentUser user = currentUser.require();
        return recordOf(Learner.account(user.accountId()), user.fullName(), from, to);
    }

    /** The record of a learner of the acting director's organisation (any for a coordinator). */
    @Transactional(readOnly = true)
    public Optional<LearningRecord> recordOf(Learner learner, LocalDate from, LocalDate to) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.COORDINATOR, Role.ADMIN);
        return nameOf(learner, user).map(name -> recordOf(learner, name, from, to));
    }

    private LearningRecord recordOf(Learner learner, String name, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        List<LearningActivity> found = activities.findByLearnerKeyAndDateBetweenOrderByDateAsc(learner.key(), from, to);
        return new LearningRecord(name, from, to, found.stream().map(ActivityRow::of).toList(), Totals.of(found),
                rules.progressOf(learner));
    }

    /** A learner of the team record: their minutes over the period. */
    public record TeamRow(Learner learner, String name, boolean staff, Totals totals) {
    }

    /**
     * The acting director's organisation over the period: its staff accounts and its persons in parcours, each with
     * their minutes by kind and modality (the training plan's figures); a coordinator sees their own network's staff.
     */
    @Transactional(readOnly = true)
    public List<TeamRow> teamRecord(LocalDate from, LocalDate to) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.COORDINATOR, Role.ADMIN);
        checkPeriod(from, to);
        Map<Learner, String> learners = learnersOf(user);
        Map<String, List<LearningActivity>> byLearner = new LinkedHashMap<>();
        activities.findOfLearners(learners.keySet().stream().map(Learner::key).toList(), from, to)
                .forEach(a -> byLearner.computeIfAbsent(a.learner().key(), k -> new ArrayList<>()).add(a));
        List<TeamRow> rows = new ArrayList<>();
        learners.forEach((learner, name) -> rows.add(new TeamRow(learner, name, learner.accountId() != null,
                Totals.of(byLearner.getOrDefault(learner.key(), List.of())))));
        rows.sort(Comparator.comparing(TeamRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** The learners the acting director (or coordinator) may see and write for, with their names. */
    @Transactional(readOnly = true)
    public Map<Learner, String> learnersOfMyOrganisation() {
        return learnersOf(currentUser.requireRole(Role.SIAE_DIRECTOR, Role.COORDINATOR, Role.ADMIN));
    }

    private Map<Learner, String> learnersOf(CurrentUser user) {
        Map<Learner, String> learners = new LinkedHashMap<>();
        for (UserAccount account : directory.activeAccountsOf(user.organisationId())) {
            learners.put(Learner.account(account.getId()), account.getFullName());
        }
        for (Person person : directory.searchPersons(null,
                PageRequest.of(0, MAX_LEARNERS, Sort.by("lastName", "firstName")))) {
            if (person.getOrganisation().getId() == user.organisationId()) {
                learners.put(Learner.person(person.getId()), person.getFullName());
            }
        }
        return learners;
    }

    /** The learner's name, if the acting user may see them: a director their organisation's, a coordinator anyone. */
    private Optional<String> nameOf(Learner learner, CurrentUser user) {
        if (learner.personId() != null) {
            return directory.findPerson(learner.personId()).filter(p -> user.seesAllOrganisations()
                    || p.getOrganisation().getId() == user.organisationId()).map(Person::getFullName);
        }
        return directory.findVisibleUsers(List.of(learner.accountId())).stream()
                .filter(a -> user.seesAllOrganisations() || a.getOrganisation().getId() == user.organisationId())
                .findFirst().map(UserAccount::getFullName);
    }

    // --- Exports ---------------------------------------------------------------------------------------------

    /** The acting user's record as a PDF attestation ({@code words}: the screen's labels by i18n key). */
    @Transactional(readOnly = true)
    public byte[] myAttestation(LocalDate from, LocalDate to, Function<String, String> words) {
        return LearningAttestation.of(myRecord(from, to), currentUser.signature(), LocalDate.now(PARIS), words);
    }

    /** The PDF attestation of a learner's record, for their director (a coordinator). */
    @Transactional(readOnly = true)
    public byte[] attestationOf(Learner learner, LocalDate from, LocalDate to, Function<String, String> words) {
        LearningRecord record = recordOf(learner, from, to)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Personne introuvable."));
        return LearningAttestation.of(record, currentUser.signature(), LocalDate.now(PARIS), words);
    }

    /** The acting user's record as CSV: one line per activity ({@code words}: the screen's labels by i18n key). */
    @Transactional(readOnly = true)
    public byte[] myRecordCsv(LocalDate from, LocalDate to, Function<String, String> words) {
        LearningRecord record = myRecord(from, to);
        List<String> header = java.util.stream.Stream.of("learning.date", "learning.kind", "learning.minutes",
                "learning.modality", "learning.source", "learning.hand.reason", "learning.evidence",
                "learning.evidence.url").map(words).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ActivityRow a : record.activities()) {
            rows.add(List.of(DATE.format(a.date()), words.apply("learning.kind." + a.kind().name()), a.minutes(),
                    words.apply("learning.modality." + a.modality().name()), a.origin(),
                    a.reason() == null ? "" : a.reason(), a.evidenceText() == null ? "" : a.evidenceText(),
                    a.evidenceUrl() == null ? "" : a.evidenceUrl()));
        }
        return Csv.of(header, rows);
    }

    /** The team record as CSV: one line per learner, minutes by kind and by modality. */
    @Transactional(readOnly = true)
    public byte[] teamCsv(LocalDate from, LocalDate to, Function<String, String> words) {
        String minutes = " (" + words.apply("learning.csv.minutes") + ")";
        List<String> header = new ArrayList<>(List.of(words.apply("learning.learner"), words.apply("learning.team.who"),
                words.apply("learning.total") + minutes));
        for (ActivityKind kind : ActivityKind.values()) {
            header.add(words.apply("learning.kind." + kind.name()) + minutes);
        }
        for (Modality modality : Modality.values()) {
            header.add(words.apply("learning.modality." + modality.name()) + minutes);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (TeamRow row : teamRecord(from, to)) {
            List<Object> line = new ArrayList<>(List.of(row.name(),
                    words.apply(row.staff() ? "learning.team.staff" : "learning.team.person"), row.totals().minutes()));
            for (ActivityKind kind : ActivityKind.values()) {
                line.add(row.totals().byKind().getOrDefault(kind, 0));
            }
            for (Modality modality : Modality.values()) {
                line.add(row.totals().byModality().getOrDefault(modality, 0));
            }
            rows.add(line);
        }
        return Csv.of(header, rows);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInputException.of("period", "Choisissez le début et la fin de la période.");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("period", "La fin de la période vient avant son début.");
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw InvalidInputException.of("period", "La période va du 01/01/2000 au 31/12/2100 au plus.");
        }
    }

    /**
     * The text without the invisible characters that could hide it or disguise it (format characters such as
     * zero-width spaces and bidirectional overrides), trimmed; null when nothing visible is left.
     */
    /** A one-line text (a title, an address, a theme): its control characters (line breaks, tabs) become spaces. */
    static String oneLine(String text) {
        return text == null ? null : trimmed(text.replaceAll("\\p{Cc}", " "));
    }

    /** The text without its invisible format characters (zero-width, bidirectional overrides), trimmed; null if empty. */
    static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String visible = text.replaceAll("[\\p{Cf}\\x00]", "").strip();
        return visible.isEmpty() ? null : visible;
    }
}
