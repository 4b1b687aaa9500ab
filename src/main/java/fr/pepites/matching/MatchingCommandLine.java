package fr.pepites.matching;

import fr.pepites.common.files.CommandLines;
import fr.pepites.reference.CommunePositions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        CommandLines.logWarningsToStandardError();
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLines.solveOrScore(args, err, USAGE, (instancePath, options) -> {
            MatchingInstance instance = readInstance(instancePath);
            MatchingSolver solver = new MatchingSolver();
            MatchingProblem problem = instance.toProblem(CommunePositions::find);
            // Nothing within anyone's reach: said plainly, and the solve ends at once with nobody placed.
            Optional<String> nothing = problem.nothingReachable();
            nothing.ifPresent(err::println);
            MatchingProblem best = nothing.isPresent() ? problem
                    : solver.solve(problem, Duration.ofSeconds(options.seconds()), improved -> { });
            MatchingFiles.AssignmentFile report = solver.report(best);
            CommandLines.writeReport(report, options.out(), out, err, "Affectation écrite dans {file} : "
                    + report.score() + ", " + report.matched() + " personnes mises en relation sur "
                    + instance.candidates().size() + ".");
            return 0;
        }, (instance, assignment) -> score(instance, assignment, out));
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
        CommandLines.writeJson(report, out);
    }
}
