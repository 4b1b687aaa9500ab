package fr.pepites.matching;

import fr.pepites.reference.Position;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import fr.pepites.reference.ReferenceFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The matching command line, for anyone who wants to check the planner's results with their own tools:
 * <pre>
 *   solve INSTANCE.json --seconds N [--out ASSIGNMENT.json]   the best assignment found and its score per constraint
 *   score INSTANCE.json ASSIGNMENT.json                       the score of a given assignment, per constraint
 * </pre>
 * Exit status: 0 done, 1 a file cannot be used (every fault printed with its line and field), 2 wrong usage.
 */
public final class MatchingCommandLine {

    static final String USAGE = """
            Usage :
              matching solve INSTANCE.json --seconds N [--out ASSIGNMENT.json]
              matching score INSTANCE.json ASSIGNMENT.json""";

    private MatchingCommandLine() {
    }

    /** From {@code java -jar pepites.jar matching …}: standard output carries only the JSON, logs go to errors. */
    public static void main(String[] args) {
        logWarningsToStandardError();
        System.exit(run(args, System.out, System.err));
    }

    private static void logWarningsToStandardError() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{30} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        root.setLevel(Level.WARN);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length >= 2 && args[0].equals("solve")) {
                return solve(args, out, err);
            }
            if (args.length == 3 && args[0].equals("score")) {
                return score(Path.of(args[1]), Path.of(args[2]), out);
            }
            err.println(USAGE);
            return 2;
        } catch (InstanceFileException e) {
            e.faults().forEach(err::println);
            return 1;
        } catch (NoSuchFileException e) {
            err.println("Fichier introuvable : " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println("Lecture impossible : " + e.getMessage());
            return 1;
        }
    }

    private static int solve(String[] args, PrintStream out, PrintStream err) throws IOException {
        Integer seconds = null;
        Path target = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) {
                seconds = positive(args[++i]);
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                target = Path.of(args[++i]);
            } else {
                seconds = null;
                break;
            }
        }
        if (seconds == null) {
            err.println("--seconds attend un nombre entier de secondes, au moins 1.");
            err.println(USAGE);
            return 2;
        }
        MatchingInstance instance = readInstance(Path.of(args[1]));
        MatchingSolver solver = new MatchingSolver();
        MatchingProblem best = solver.solve(instance.toProblem(CommunePositions::find), Duration.ofSeconds(seconds),
                improved -> { });
        MatchingFiles.AssignmentFile report = solver.report(best);
        if (target == null) {
            write(report, out);
        } else {
            try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                MatchingFiles.writeAssignments(report, writer);
            }
            err.println("Affectation écrite dans " + target + " : " + report.score() + ", " + report.matched()
                    + " personnes mises en relation sur " + instance.candidates().size() + ".");
        }
        return 0;
    }

    private static int score(Path instancePath, Path assignmentPath, PrintStream out) throws IOException {
        MatchingInstance instance = readInstance(instancePath);
        List<MatchingFiles.Assignment> assignments;
        try (Reader reader = Files.newBufferedReader(assignmentPath, StandardCharsets.UTF_8)) {
            assignments = MatchingFiles.readAssignments(reader, instance);
        }
        Map<String, String> vacancyByCandidate = new HashMap<>();
        assignments.forEach(a -> vacancyByCandidate.put(a.candidate(), a.vacancy()));
        MatchingProblem problem = instance.toProblem(CommunePositions::find);
        MatchingSolver.assign(problem, vacancyByCandidate);
        write(new MatchingSolver().report(problem), out);
        return 0;
    }

    private static MatchingInstance readInstance(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return MatchingFiles.readInstance(reader, code -> CommunePositions.find(code).isPresent());
        }
    }

    private static void write(MatchingFiles.AssignmentFile report, PrintStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        MatchingFiles.writeAssignments(report, writer);
        out.println();
        out.flush();
    }

    private static Integer positive(String value) {
        try {
            int n = Integer.parseInt(value);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The communes of the reference file, loaded once, by INSEE code. */
    static final class CommunePositions {
        private static Map<String, Position> positions;

        static synchronized Optional<Position> find(String inseeCode) {
            if (positions == null) {
                positions = new HashMap<>();
                ReferenceFiles.communes().stream().filter(c -> c.latitude() != null).forEach(c -> positions.put(
                        c.inseeCode(), new Position(c.inseeCode(), c.latitude(), c.longitude(), c.approximate())));
            }
            return Optional.ofNullable(positions.get(inseeCode));
        }
    }
}
