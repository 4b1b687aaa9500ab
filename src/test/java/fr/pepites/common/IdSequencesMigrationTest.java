package fr.pepites.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migration 6 on a database that already holds rows, as a database from before it does. */
class IdSequencesMigrationTest {

    @Test
    void sequencesStartAfterTheRowsAlreadyThereAndIdsNoLongerComeFromTheTable() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:id-sequences;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        migrate(database, "5");
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into mail_message (recipients, subject, body, status, attempts, created_at, version) "
                    + "values ('a@exemple.fr', 'Sujet', 'Corps', 'SENT', 1, current_timestamp, 0)");
        }

        migrate(database, "6");

        assertThat(jdbc.queryForObject("select next value for mail_message_seq", Long.class)).isEqualTo(4L);
        assertThat(jdbc.queryForObject("select next value for mail_message_seq", Long.class))
                .isEqualTo(4L + IdSequencesMigration.ALLOCATION);
        assertThat(jdbc.queryForObject("select next value for referral_seq", Long.class)).isEqualTo(1L);
        assertThatThrownBy(() -> jdbc.update("insert into mail_message (recipients, subject, body, status, attempts, "
                + "created_at, version) values ('a@exemple.fr', 'Sujet', 'Corps', 'SENT', 1, current_timestamp, 0)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void migrate(JdbcDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new IdSequencesMigration()).target(target).load().migrate();
    }
}
