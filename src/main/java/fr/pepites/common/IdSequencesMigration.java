package fr.pepites.common;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 6: the tables every referral writes get their ids from sequences instead of identity columns, so that
 * Hibernate can number new rows without inserting them at once: the new rows of an action go to the database
 * together when it commits, in batches, instead of one insert per row as soon as it is saved (an identity column
 * gives the id only by inserting). Each sequence starts after the table's highest id and hands out 50 ids per call
 * (the entities' {@code allocationSize}; Hibernate uses the value as the first of its 50, see
 * {@code hibernate.id.optimizer.pooled.preferred} in {@code application.yml}). In Java because the start depends on
 * the data, the same way on H2 and PostgreSQL.
 */
@Component
class IdSequencesMigration implements JavaMigration {

    /** Each table, and its sequence is {@code <table>_seq}. */
    static final List<String> TABLES = List.of("person", "referral", "referral_event", "mail_message");

    static final int ALLOCATION = 50;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "id sequences";
    }

    @Override
    public Integer getChecksum() {
        return 6_000_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long next;
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute("alter table " + table + " alter column id drop identity");
                statement.execute("create sequence " + table + "_seq start with " + next + " increment by "
                        + ALLOCATION);
            }
        }
    }
}
