package fr.pepites.twinning;

import fr.pepites.common.files.CommandLines;
import fr.pepites.reference.CommunePositions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The twinning command line, for anyone who wants to check the planner's results with their own tools:
 * <pre>
 *   solve INSTANCE.json --seconds N [--out ASSIGNMENT.json]   the best placement found and its score per constraint
 *   score INSTANCE.json ASSIGNMENT.json                       the score of a given placement, per constraint
 * </pre>
 * Exit status: 0 done, 1 a file cannot be used (every fault printed with its line and field), 2 wrong usage.
 */
public final class TwinningCommandLine {

    static final String USAGE = """
            Usage :
              twinning solve INSTANCE.json --seconds N [--out ASSIGNMENT.json]
              twinning score INSTANCE.json ASSIGNMENT.json""";

    private TwinningCommandLine() {
    }

    /** From {@code java -jar pepites.jar twinning …}: standard output carries only the JSON, logs go to errors. */
    public static void main(String[] args) {
        CommandLines.logWarningsToStandardError();
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLines.solveOrScore(args, err, USAGE, (instancePath, options) -> {
            TwinningInstance instance = readInstance(instancePath);
            TwinningSolver solver = new TwinningSolver();
            TwinningPlan plan = instance.toPlan(CommunePositions::find);
            // Nothing placeable anywhere: said plainly, and the solve ends at once with nothing placed.
            Optional<String> nothing = plan.nothingPlaceable();
            nothing.ifPresent(err::println);
            TwinningPlan best = nothing.isPresent() ? plan
                    : solver.solve(plan, Duration.ofSeconds(options.seconds()), null, improved -> { });
            TwinningFiles.AssignmentFile report = report(solver, best);
            CommandLines.writeReport(report, options.out(), out, err, "Placement écrit dans {file} : "
                    + report.score() + ", " + report.placed() + " demandes placées sur " + instance.requests().size()
                    + ".");
            return 0;
        }, (instance, assignment) -> score(instance, assignment, out));
    }

    private static int score(Path instancePath, Path assignmentPath, PrintStream out) throws IOException {
        TwinningInstance instance = readInstance(instancePath);
        List<TwinningFiles.Assignment> assignments;
        try (Reader reader = Files.newBufferedReader(assignmentPath, StandardCharsets.UTF_8)) {
            assignments = TwinningFiles.readAssignments(reader, instance);
        }
        TwinningPlan plan = instance.toPlan(CommunePositions::find);
        TwinningFiles.assign(plan, assignments);
        CommandLines.writeJson(report(new TwinningSolver(), plan), out);
        return 0;
    }

    /** The score of the plan's placements, per constraint, and the placements with their days. */
    static TwinningFiles.AssignmentFile report(TwinningSolver solver, TwinningPlan plan) {
        HardMediumSoftLongScore score = solver.score(plan);
        return new TwinningFiles.AssignmentFile(score.toString(), score.hardScore(), score.mediumScore(),
                score.softScore(), plan.placedCount(), solver.constraintScores(plan), TwinningFiles.assignments(plan));
    }

    private static TwinningInstance readInstance(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return TwinningFiles.readInstance(reader, code -> CommunePositions.find(code).isPresent());
        }
    }
}
