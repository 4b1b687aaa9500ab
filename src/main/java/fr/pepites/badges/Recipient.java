package fr.pepites.badges;

import fr.pepites.directory.Person;
import fr.pepites.directory.UserAccount;

/** Whom a badge goes to: a person (insertion employee) or a staff member's account, with name and e-mail. */
record Recipient(Person person, UserAccount account, String name, String email) {

    static Recipient of(Person person) {
        return new Recipient(person, null, person.getFullName(), person.getEmail());
    }

    static Recipient of(UserAccount account) {
        return new Recipient(null, account, account.getFullName(), account.getEmail());
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
