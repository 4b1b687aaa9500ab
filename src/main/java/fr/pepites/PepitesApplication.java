package fr.pepites;

import fr.pepites.matching.MatchingCommandLine;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PepitesApplication {

    /**
     * Starts the application; {@code matching solve|score …} runs the matching command line instead, without
     * starting anything else (see {@code docs/matching.md}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("matching")) {
            MatchingCommandLine.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(PepitesApplication.class, args);
    }
}
