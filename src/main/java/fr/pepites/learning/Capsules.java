package fr.pepites.learning;

import fr.pepites.common.InvalidInputException;
import fr.pepites.common.TextLimit;
import fr.pepites.common.WebLink;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-learning capsules: written by the network's coordinators (and by an SIAE's director for their own), taken by
 * everyone once published: the learner answers the quiz, sees the score and the corrections, may try again; a pass
 * writes the ledger (with its score) and evaluates the badge rules in the same transaction.
 */
@Service
public class Capsules {

    static final int MAX_MINUTES = 15;
    /** Tries a day at one capsule: enough to learn from one's mistakes, too few to try every answer. */
    static final int MAX_TRIES_A_DAY = 5;
    private static final int MAX_TITLE = 150;
    private static final int MAX_SUMMARY = 500;
    private static final int MAX_BODY = 20_000;

    private final CapsuleRepository capsules;
    private final CapsuleAttemptRepository attempts;
    private final LearningLedger ledger;
    private final CurrentUserProvider currentUser;

    Capsules(CapsuleRepository capsules, CapsuleAttemptRepository attempts, LearningLedger ledger,
            CurrentUserProvider currentUser) {
        this.capsules = capsules;
        this.attempts = attempts;
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    // --- Writing capsules ------------------------------------------------------------------------------------

    private static boolean writes(CurrentUser user, Capsule capsule) {
        return user.seesAllOrganisations() || user.role() == Role.SIAE_DIRECTOR
                && capsule.getOwnerId() == user.organisationId();
    }

    /** The capsules the acting user writes (all for coordinators), published or not. */
    @Transactional(readOnly = true)
    public List<CapsuleRow> written() {
        CurrentUser user = currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
        return (user.seesAllOrganisations() ? capsules.findAllByOrderByTitle()
                : capsules.findByOwnerIdOrderByTitle(user.organisationId())).stream()
                .map(c -> CapsuleRow.of(c, null)).toList();
    }

    /** A capsule as its form edits it. */
    @Transactional(readOnly = true)
    public CapsuleData capsule(long id) {
        Capsule c = writable(id);
        return new CapsuleData(c.getTitle(), c.getSummary(), c.getBody(), c.getVideoLink(), c.getMinutes(),
                c.getPassMark(), c.getQuiz(), c.themes(), c.isPublished());
    }

    /** Creates ({@code id} null) or changes a capsule; its quiz is checked line by line. Its id. */
    @Transactional
    public long save(Long id, Long version, CapsuleData data) {
        CurrentUser user = currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = LearningLedger.oneLine(data.title());
        if (title == null) {
            errors.put("title", "Donnez un titre à la capsule.");
        }
        TextLimit.check(errors, "title", title, MAX_TITLE);
        String summary = LearningLedger.oneLine(data.summary());
        TextLimit.check(errors, "summary", summary, MAX_SUMMARY);
        String body = data.body() == null ? null : data.body().replaceAll("[\\p{Cf}\\x00]", "").strip();
        if (body == null || body.isEmpty()) {
            errors.put("body", "Écrivez le contenu de la capsule.");
        }
        TextLimit.check(errors, "body", body, MAX_BODY);
        String video = LearningLedger.oneLine(data.videoLink());
        if (video != null && !WebLink.isValid(video)) {
            errors.put("videoLink", "Le lien de la vidéo doit être une adresse web (https://…).");
        }
        if (data.minutes() == null || data.minutes() < 1 || data.minutes() > MAX_MINUTES) {
            errors.put("minutes", "Une capsule dure de 1 à " + MAX_MINUTES + " minutes.");
        }
        if (data.passMark() == null || data.passMark() < 1 || data.passMark() > 100) {
            errors.put("passMark", "Le seuil de réussite va de 1 à 100 %.");
        }
        TextLimit.check(errors, "quiz", data.quiz(), MAX_BODY);
        if (!errors.containsKey("quiz")) {
            try {
                Quiz.parse(data.quiz());
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        List<String> themes = Tags.themesTyped(data.themes(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Capsule capsule = id == null ? new Capsule(user.organisationId()) : writable(id);
        if (id != null && (version == null || capsule.getVersion() != version)) {
            throw InvalidInputException.of("", "Cette capsule a changé entre-temps : fermez le formulaire et rouvrez-le.");
        }
        capsule.set(new CapsuleData(title, summary, body, video, data.minutes(), data.passMark(), data.quiz().replace("\u0000", "").strip(),
                themes, data.published()), themes);
        return capsules.save(capsule).getId();
    }

    private Capsule writable(long id) {
        CurrentUser user = currentUser.require();
        return capsules.findById(id).filter(c -> writes(user, c))
                .orElseThrow(() -> new AccessDeniedException("Capsule introuvable."));
    }

    // --- Taking capsules -------------------------------------------------------------------------------------

    /** A capsule in a list: with the reader's best score, if they tried it. */
    public record CapsuleRow(long id, String title, String summary, int minutes, int passMark, List<String> themes,
            boolean published, Integer bestScore, long version) {

        static CapsuleRow of(Capsule c, Integer best) {
            return new CapsuleRow(c.getId(), c.getTitle(), c.getSummary(), c.getMinutes(), c.getPassMark(), c.themes(),
                    c.isPublished(), best, c.getVersion());
        }

        public boolean passed() {
            return bestScore != null && bestScore >= passMark;
        }
    }

    /** The published capsules, with the acting user's best score at each. */
    @Transactional(readOnly = true)
    public List<CapsuleRow> published() {
        CurrentUser user = currentUser.require();
        Map<Long, Integer> best = attempts.findByAccountId(user.accountId()).stream()
                .collect(Collectors.toMap(CapsuleAttempt::getCapsuleId, CapsuleAttempt::getScore, Math::max));
        return capsules.findByPublishedTrueOrderByTitle().stream().map(c -> CapsuleRow.of(c, best.get(c.getId())))
                .toList();
    }

    /** A capsule as a learner takes it: its text, its video, its questions without their answers. */
    public record ToTake(long id, String title, String body, String videoLink, int minutes, int passMark,
            List<Quiz.Asked> questions) {
    }

    @Transactional(readOnly = true)
    public ToTake toTake(long id) {
        Capsule c = readable(id);
        return new ToTake(c.getId(), c.getTitle(), c.getBody(), c.getVideoLink(), c.getMinutes(), c.getPassMark(),
                c.parsedQuiz().asked());
    }

    /**
     * The outcome of an attempt: the score, whether it passed, how many answers were right; once passed, for each
     * question the right answers (before, they would let anyone pass by trying again without reading).
     */
    public record Outcome(int score, boolean passed, int passMark, int rightCount, List<Set<Integer>> rightAnswers,
            List<Boolean> answeredRight, int triesLeftToday) {
    }

    /**
     * The acting user's answers to a capsule's quiz (for each question, the indexes picked): every question answered;
     * scored; a pass writes the ledger and evaluates the rules, in this transaction. One may try again.
     */
    @Transactional
    public Outcome submit(long id, List<Set<Integer>> picked) {
        CurrentUser user = currentUser.require();
        Capsule c = readable(id);
        Quiz quiz = c.parsedQuiz();
        if (picked == null || picked.size() != quiz.questions().size() || picked.stream().anyMatch(p -> p == null
                || p.isEmpty())) {
            throw InvalidInputException.of("answers", "Répondez à chaque question avant de valider.");
        }
        for (int i = 0; i < picked.size(); i++) {
            int answers = quiz.questions().get(i).answers().size();
            if (picked.get(i).stream().anyMatch(a -> a < 0 || a >= answers)) {
                throw InvalidInputException.of("answers", "Une réponse ne correspond à aucune proposition : rechargez "
                        + "la page.");
            }
        }
        java.time.Instant dayStart = LocalDate.now(Sessions.PARIS).atStartOfDay(Sessions.PARIS).toInstant();
        long triedToday = attempts.countByCapsuleIdAndAccountIdAndAttemptedAtAfter(c.getId(), user.accountId(),
                dayStart);
        if (triedToday >= MAX_TRIES_A_DAY) {
            throw InvalidInputException.of("answers", "Vous avez répondu " + MAX_TRIES_A_DAY + " fois aujourd'hui à "
                    + "ce quiz : relisez la capsule, et réessayez demain.");
        }
        int score = quiz.score(picked);
        boolean passed = score >= c.getPassMark();
        // A pass is written once, or again with a better score: a pass repeated never adds its minutes twice.
        int bestPass = attempts.bestPassOf(c.getId(), user.accountId()).orElse(-1);
        attempts.save(new CapsuleAttempt(c.getId(), user.accountId(), score, passed));
        if (passed && score > bestPass) {
            ledger.record(List.of(new LearningFact(Learner.account(user.accountId()), ActivityKind.CAPSULE,
                    LocalDate.now(Sessions.PARIS), c.getMinutes(), Modality.DISTANCE, c.themes(),
                    "Capsule « " + c.getTitle() + " » réussie à " + score + " %", null, ActivitySource.CAPSULE,
                    Capsule.reference(c.getId()), null, score)), currentUser.signature());
        }
        List<Set<Integer>> right = new ArrayList<>();
        List<Boolean> answeredRight = new ArrayList<>();
        int rightCount = 0;
        for (int i = 0; i < picked.size(); i++) {
            boolean ok = quiz.questions().get(i).right().equals(picked.get(i));
            rightCount += ok ? 1 : 0;
            if (passed) {
                right.add(quiz.questions().get(i).right());
                answeredRight.add(ok);
            }
        }
        return new Outcome(score, passed, c.getPassMark(), rightCount, right, answeredRight,
                (int) (MAX_TRIES_A_DAY - triedToday - 1));
    }

    private Capsule readable(long id) {
        CurrentUser user = currentUser.require();
        return capsules.findById(id).filter(c -> c.isPublished() || writes(user, c))
                .orElseThrow(() -> new AccessDeniedException("Capsule introuvable."));
    }
}
