package fr.pepites.learning;

import fr.pepites.common.Csv;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.UserAccount;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completions of courses taken in an outside LMS, imported by a coordinator from Moodle's course-completion
 * report (columns: the learner's e-mail, the course, the completion date, the grade): each line a ledger row
 * (source IMPORT), the rules evaluated; a line that cannot be written is refused with its number and reason, the
 * others are written, all in one transaction.
 */
@Service
public class LmsImport {

    /** The largest report read: a few thousand lines. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Lines read in one import: the import is one transaction, which the coordinator's page waits for. */
    private static final int MAX_LINES = 2_000;
    /** A grade as Moodle writes it: "85", "85,5", "85.50", "85 %"; nothing else ("NaN", "1e1", "0x10"). */
    private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile("\\d{1,3}([.,]\\d{1,4})?");
    private static final int MAX_COURSE = 90;
    /** Strict: a 31 February is an impossible date, not the last day of February. */
    private static final List<DateTimeFormatter> DATES = strict("uuuu-MM-dd", "dd/MM/uuuu");
    private static final List<DateTimeFormatter> DATE_TIMES = strict("uuuu-MM-dd HH:mm[:ss]", "dd/MM/uuuu HH:mm[:ss]",
            "uuuu-MM-dd'T'HH:mm[:ss]");

    private final LearningLedger ledger;
    private final DirectoryService directory;
    private final CurrentUserProvider currentUser;

    LmsImport(LearningLedger ledger, DirectoryService directory, CurrentUserProvider currentUser) {
        this.ledger = ledger;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** What an import did: lines written, and each refused line with its reason. */
    public record Report(int written, List<String> refused) {
    }

    /**
     * Imports a completion report: each course completed counts {@code minutes} of {@code kind} (the report does
     * not say how long a course lasts), at a distance.
     */
    @Transactional
    public Report importCompletions(byte[] file, ActivityKind kind, Integer minutes) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        if (kind == null) {
            throw InvalidInputException.of("kind", "Choisissez le type d'activité des cours importés.");
        }
        if (minutes == null || minutes < 1 || minutes > LearningLedger.MAX_MINUTES) {
            throw InvalidInputException.of("minutes", "La durée d'un cours va de 1 minute à 24 heures (1 440 minutes).");
        }
        if (file == null || file.length == 0 || file.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "Choisissez un rapport d'achèvement au format CSV de 2 Mo au plus.");
        }
        List<Csv.Record> lines;
        try {
            lines = Csv.records(new String(file, StandardCharsets.UTF_8));
        } catch (Csv.UnclosedQuote unclosed) {
            throw InvalidInputException.of("file", "Ligne " + unclosed.line() + " : un guillemet ouvert n'est jamais "
                    + "fermé, ce fichier n'est pas un CSV valide. Exportez de nouveau le rapport.");
        }
        if (lines.size() > MAX_LINES + 1) {
            throw InvalidInputException.of("file", "Un import tient en " + MAX_LINES + " lignes au plus : découpez le "
                    + "rapport.");
        }
        List<String> header = lines.isEmpty() ? List.of()
                : lines.get(0).fields().stream().map(LmsImport::plain).toList();
        int email = column(header, "email", "adresse de courriel", "courriel", "adresse email", "e-mail");
        int course = column(header, "course", "cours", "course name", "nom du cours");
        int date = column(header, "completion date", "date d'achevement", "date de completion", "timecompleted",
                "date");
        int grade = column(header, "grade", "note", "final grade", "note finale");
        if (email < 0 || course < 0 || date < 0) {
            throw InvalidInputException.of("file", "La première ligne doit nommer les colonnes : e-mail, cours, date "
                    + "d'achèvement (et note, facultative), comme le rapport d'achèvement de Moodle.");
        }
        List<LearningFact> facts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> line = lines.get(i).fields();
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            String at = "Ligne " + lines.get(i).line() + " : ";
            Optional<UserAccount> account = directory.findAccountByEmail(field(line, email)).filter(UserAccount::isActive);
            String name = LearningLedger.oneLine(field(line, course));
            Optional<LocalDate> when = date(field(line, date));
            String gradeText = grade < 0 ? "" : field(line, grade).replace("%", "").replace(',', '.').strip();
            Integer score = null;
            if (account.isEmpty()) {
                refused.add(at + "aucun compte actif n'a l'adresse « " + LearningLedger.oneLine(field(line, email))
                        + " ».");
                continue;
            }
            if (name == null || name.length() > MAX_COURSE) {
                refused.add(at + "le nom du cours est vide ou dépasse " + MAX_COURSE + " caractères.");
                continue;
            }
            if (when.isEmpty() || when.get().isAfter(LocalDate.now(Sessions.PARIS))
                    || when.get().isBefore(LocalDate.of(2000, 1, 1))) {
                refused.add(at + "la date d'achèvement « " + LearningLedger.oneLine(field(line, date))
                        + " » n'est pas une date "
                        + "passée (JJ/MM/AAAA ou AAAA-MM-JJ).");
                continue;
            }
            if (!gradeText.isEmpty() && !gradeText.equals("-")) {
                double value = GRADE.matcher(gradeText).matches() ? Double.parseDouble(gradeText.replace(',', '.'))
                        : -1;
                if (value < 0 || value > 100) {
                    refused.add(at + "la note « " + LearningLedger.oneLine(field(line, grade)) + " » doit être un "
                            + "nombre de 0 à 100.");
                    continue;
                }
                score = (int) Math.round(value);
            }
            String reference = "Moodle : " + name;
            LearningFact fact = new LearningFact(Learner.account(account.get().getId()), kind, when.get(), minutes,
                    Modality.DISTANCE, List.of(), "Cours « " + name + " » achevé" + (score == null ? ""
                            : ", note " + score + " %"), null, ActivitySource.IMPORT, reference, null, score);
            if (!seen.add(account.get().getId() + "|" + reference + "|" + when.get()) || ledger.exists(fact)) {
                refused.add(at + "déjà inscrite au relevé (même personne, même cours, même jour).");
                continue;
            }
            facts.add(fact);
        }
        int written = ledger.record(facts, currentUser.signature());
        return new Report(written, refused);
    }

    private static List<DateTimeFormatter> strict(String... patterns) {
        return java.util.Arrays.stream(patterns)
                .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT))
                .toList();
    }

    private static int column(List<String> header, String... names) {
        for (String name : names) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static String field(List<String> line, int index) {
        return index < line.size() ? line.get(index) : "";
    }

    /** A header's name without accents, case or surrounding blanks. */
    private static String plain(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Optional<LocalDate> date(String text) {
        String value = text.strip();
        if (value.matches("\\d{9,11}")) {
            return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), Sessions.PARIS));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).toLocalDate());
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }
}
