package fr.pepites.security;

import java.util.Optional;

/** Reads an account's current state (the directory keeps the accounts). Empty when the account no longer exists. */
public interface AccountStates {

    Optional<AccountState> current(long accountId);
}
