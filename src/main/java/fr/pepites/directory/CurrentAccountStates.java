package fr.pepites.directory;

import fr.pepites.security.AccountState;
import fr.pepites.security.AccountStates;
import fr.pepites.security.Role;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An account's current state in one read by its key, at every request ({@code security.CurrentAccountFilter}): a
 * single statement, without a transaction around it (whose rollback, when the database is away, would hide the
 * connection's failure behind its own).
 */
@Component
class CurrentAccountStates implements AccountStates {

    private final JdbcTemplate jdbc;

    CurrentAccountStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AccountState> current(long accountId) {
        return jdbc.query("select a.active and o.active, a.role, a.organisation_id, "
                + "a.password_change_required, a.password_hash from user_account a "
                + "join organisation o on o.id = a.organisation_id "
                + "where a.id = ?", rows -> rows.next()
                        ? Optional.of(new AccountState(rows.getBoolean(1), Role.valueOf(rows.getString(2)),
                                rows.getLong(3), rows.getBoolean(4), rows.getString(5)))
                        : Optional.<AccountState>empty(), accountId);
    }
}
