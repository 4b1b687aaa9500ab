package fr.pepites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label the code asks for exists in French and in English. */
class TranslationsTest {

    private final PepitesI18NProvider i18n = new PepitesI18NProvider();

    @Test
    void frenchIsTheDefaultWhateverTheRequestedLocale() {
        assertThat(i18n.getTranslation("nav.inbox", Locale.GERMAN)).isEqualTo("Tâches");
        assertThat(i18n.getTranslation("nav.inbox", Locale.FRANCE)).isEqualTo("Tâches");
        assertThat(i18n.getTranslation("nav.inbox", Locale.ENGLISH)).isEqualTo("Tasks");
        assertThat(i18n.getProvidedLocales()).first().isEqualTo(Locale.FRENCH);
    }

    @Test
    void parametersAreFormatted() {
        assertThat(i18n.getTranslation("home.greeting", Locale.FRENCH, "Claire")).isEqualTo("Bonjour Claire");
        assertThat(i18n.getTranslation("home.card.inbox.count", Locale.FRENCH, 3L))
                .isEqualTo("3 tâches vous attendent.");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("i18n/messages_en.properties")).isEqualTo(keysWithoutFrenchOnly());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> french = keys("i18n/messages.properties");
        Pattern literal = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !french.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aMessageWithParametersWritesItsApostrophesSoThatTheyShow() throws IOException {
        // MessageFormat reads a single ' as the start of a quoted part: "L'inscription de {0}" would show
        // "Linscription de {0}". Messages with parameters use the typographic ’ (or a doubled '').
        Set<String> broken = new TreeSet<>();
        for (String resource : Set.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties properties = new Properties();
            try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            properties.forEach((key, value) -> {
                String text = (String) value;
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    broken.add(resource + ": " + key);
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    private Set<String> keysWithoutFrenchOnly() throws IOException {
        Set<String> french = keys("i18n/messages.properties");
        // The SIAE kinds are French legal terms, shown in French in both languages.
        french.removeIf(key -> key.startsWith("organisation.siaeKind."));
        return french;
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
