package fr.pepites;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Spring tests run on the database the build asks for: H2 by default, PostgreSQL in the second run. */
@PepitesSpringTest
class TestDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTestsRunOnTheDatabaseTheBuildAsks() throws Exception {
        String expected = "postgres".equals(System.getProperty("pepites.test.database")) ? "PostgreSQL" : "H2";
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
