package fr.pepites;

import fr.pepites.matching.MatchingCommandLine;
import fr.pepites.twinning.TwinningCommandLine;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PepitesApplication {

    /**
     * The engine creates an XML {@code DatatypeFactory} for every timer it schedules (three per referral sent: the
     * reminders and the expiry). Without this property each creation searches every jar of the class path for
     * another implementation (a {@code ServiceLoader} scan), about 0.5 ms per referral sent in the benchmark
     * ({@code docs/performance.md}, session 8); none is on it, so the JDK's own is named. Set before anything runs,
     * for the whole JVM; a value given on the command line is kept.
     */
    static {
        System.getProperties().putIfAbsent("javax.xml.datatype.DatatypeFactory",
                "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
    }

    /**
     * Starts the application; {@code matching solve|score …} and {@code twinning solve|score …} run a solver's
     * command line instead, without starting anything else (see {@code docs/matching.md}, {@code docs/twinning.md}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("matching")) {
            MatchingCommandLine.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("twinning")) {
            TwinningCommandLine.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(PepitesApplication.class, args);
    }
}
