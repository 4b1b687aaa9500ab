package fr.pepites.badges.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Digital Credentials Consortium's verifier ({@code src/test/verifier/verify.mjs}), run with Node.js on
 * credentials the application issued. Its npm packages are installed once into {@code target/ob-verifier} from the
 * committed lock file ({@code npm ci}).
 */
public final class IndependentVerifier {

    private static final Path SOURCE = Path.of("src/test/verifier");
    private static final Path HOME = Path.of("target/ob-verifier");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndependentVerifier() {
    }

    /** The verifier's result for each credential, in order: {@code verified}, {@code proof}, {@code status}, errors. */
    public static List<JsonNode> verify(List<String> credentials, List<String> statusLists) throws Exception {
        install();
        Path input = Files.createTempFile(HOME, "input", ".json");
        Files.writeString(input, "{\"credentials\":[" + String.join(",", credentials) + "],\"statusLists\":["
                + String.join(",", statusLists) + "]}", StandardCharsets.UTF_8);
        String out = run(List.of("node", "verify.mjs", input.toAbsolutePath().toString()), 120);
        Files.delete(input);
        JsonNode results = JSON.readTree(out);
        return toList(results);
    }

    private static List<JsonNode> toList(JsonNode array) {
        java.util.ArrayList<JsonNode> list = new java.util.ArrayList<>();
        array.elements().forEachRemaining(list::add);
        return list;
    }

    private static synchronized void install() throws Exception {
        Files.createDirectories(HOME);
        for (String file : List.of("package.json", "package-lock.json", "verify.mjs")) {
            Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(HOME.resolve("node_modules/@digitalcredentials/vc"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
        }
    }

    private static String run(List<String> command, long seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(HOME, "stderr", ".log");
        Process process = new ProcessBuilder(command).directory(HOME.toFile())
                .redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not end in " + seconds + " s");
        }
        String errors = Files.readString(log);
        Files.delete(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + errors);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
