package fr.pepites.common.files;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** What the solvers' command lines (matching, twinnings) share: logs, arguments, file faults and exit status. */
public final class CommandLines {

    private CommandLines() {
    }

    /** What {@code solve} was asked: for how long, and the file to write (standard output when null). */
    public record SolveOptions(int seconds, Path out) {
    }

    /** {@code solve INSTANCE --seconds N [--out FILE]}. */
    @FunctionalInterface
    public interface Solve {
        int run(Path instance, SolveOptions options) throws IOException;
    }

    /** {@code score INSTANCE ASSIGNMENT}. */
    @FunctionalInterface
    public interface Score {
        int run(Path instance, Path assignment) throws IOException;
    }

    /**
     * A solver's command line: {@code solve} or {@code score} with their arguments, else the usage (exit status 2);
     * file faults as {@link #run} reports them.
     */
    public static int solveOrScore(String[] args, PrintStream err, String usage, Solve solve, Score score) {
        return run(() -> {
            if (args.length >= 2 && args[0].equals("solve")) {
                Integer seconds = null;
                Path target = null;
                for (int i = 2; i < args.length; i++) {
                    if (args[i].equals("--seconds") && i + 1 < args.length) {
                        seconds = timeLimit(args[++i]);
                    } else if (args[i].equals("--out") && i + 1 < args.length) {
                        target = Path.of(args[++i]);
                    } else {
                        seconds = null;
                        break;
                    }
                }
                if (seconds == null) {
                    err.println("--seconds attend un nombre entier de secondes, de 1 à " + MAX_SECONDS
                            + " (une heure) : rien n'est lancé.");
                    err.println(usage);
                    return 2;
                }
                return solve.run(Path.of(args[1]), new SolveOptions(seconds, target));
            }
            if (args.length == 3 && args[0].equals("score")) {
                return score.run(Path.of(args[1]), Path.of(args[2]));
            }
            err.println(usage);
            return 2;
        }, err);
    }

    /** Writes a report as JSON to the file asked, saying so on the error stream, or to standard output. */
    public static void writeReport(Object report, Path target, PrintStream out, PrintStream err, String summary)
            throws IOException {
        if (target == null) {
            writeJson(report, out);
            return;
        }
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            JsonFiles.write(report, writer);
        }
        err.println(summary.replace("{file}", target.toString()));
    }

    /** A command that reads and writes files. */
    @FunctionalInterface
    public interface Command {
        int run() throws IOException;
    }

    /** Runs it: 0 done, 1 a file cannot be used (every fault printed with its line and field), as it returns else. */
    public static int run(Command command, PrintStream err) {
        try {
            return command.run();
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

    /** Standard output carries only the JSON: warnings and worse go to the error stream, the rest nowhere. */
    public static void logWarningsToStandardError() {
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

    /** A whole number of at least 1, or null. */
    /** The longest solve a command line may ask: an hour. */
    public static final int MAX_SECONDS = 3600;

    /** A time limit in whole seconds, from 1 to an hour; null otherwise. */
    static Integer timeLimit(String value) {
        Integer seconds = positive(value);
        return seconds == null || seconds > MAX_SECONDS ? null : seconds;
    }

    public static Integer positive(String value) {
        try {
            int n = Integer.parseInt(value);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes a value as JSON to the output, then a new line. */
    public static void writeJson(Object value, PrintStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonFiles.write(value, writer);
        out.println();
        out.flush();
    }
}
