package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default's H2 database opens no network port: with {@code AUTO_SERVER=TRUE} it listened on every
 * interface, and anyone reaching the machine could try the {@code sa} account with its empty password.
 */
class EmbeddedDatabaseExposureTest {

    @Test
    void theDefaultDatabaseOpensNoServerSocket(@TempDir Path dir) throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        // The default's settings: the documents of a profile (postgres) left out.
        yaml.setDocumentMatchers(document -> document.containsKey("spring.config.activate.on-profile")
                ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
        String url = yaml.getObject().getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/pepites");

        // The same settings on a database of the test's own. A server H2 starts for the file is named in a lock file
        // beside it (server=address:port); without one, H2 locks the store itself and writes no such file.
        String here = url.replace("./data/pepites", dir.resolve("pepites").toString());
        try (Connection connection = DriverManager.getConnection(here, "sa", "")) {
            assertThat(connection.isValid(1)).isTrue();
            Path lockFile = dir.resolve("pepites.lock.db");
            Properties lock = new Properties();
            if (Files.exists(lockFile)) {
                try (Reader reader = Files.newBufferedReader(lockFile)) {
                    lock.load(reader);
                }
            }
            assertThat(lock).doesNotContainKey("server");
        }
    }
}
