package fr.pepites.benchmark;

import fr.pepites.PepitesApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What every benchmark shares: the machine line, the application on its own database, the printed and saved report. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** "Machine: 2 cores, Java 17.0.15", followed by what the benchmark adds. */
    public static String machine(String more) {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + more;
    }

    /** The same for a benchmark of the application on H2 in file mode, history full. */
    public static String machineOnH2() {
        return machine("; H2 file mode (" + ReferralBenchmark.H2_SETTINGS.substring(1) + "), history full.");
    }

    /** The application (profile {@code benchmark}, demo data, job executor off) on this H2 database, created anew. */
    static ConfigurableApplicationContext application(String databaseName) throws IOException {
        Files.deleteIfExists(Path.of("target/benchmark/" + databaseName + ".mv.db"));
        return new SpringApplicationBuilder(PepitesApplication.class).profiles("benchmark")
                .properties("server.port=0")
                .run("--spring.datasource.url=jdbc:h2:file:./target/benchmark/" + databaseName
                        + ReferralBenchmark.H2_SETTINGS);
    }

    /** Prints the report under its title and writes it to {@code target/benchmark/<file>}. */
    public static void publish(String title, String file, List<String> lines) throws IOException {
        String text = String.join("\n", lines);
        String heading = "===== " + title + " =====";
        System.out.println("\n" + heading + "\n" + text + "\n" + "=".repeat(heading.length()));
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/" + file), text + "\n");
    }
}
