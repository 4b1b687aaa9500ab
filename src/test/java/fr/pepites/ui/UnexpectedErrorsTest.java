package fr.pepites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.common.StaleEdit;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A lost optimistic-locking race is told as a stale edit; anything else as a general French message. */
class UnexpectedErrorsTest {

    /** Stands for the process engine's own exception, which the shell does not know by type. */
    static class OptimisticLockingException extends RuntimeException {
    }

    @Test
    void aLostOptimisticLockingRaceIsAStaleEdit() {
        assertThat(UnexpectedErrors.messageFor(new ObjectOptimisticLockingFailureException("Referral", 12L),
                "inattendu")).isEqualTo(StaleEdit.MESSAGE);
        assertThat(UnexpectedErrors.messageFor(new IllegalStateException("wrapped", new OptimisticLockingException()),
                "inattendu")).isEqualTo(StaleEdit.MESSAGE);
    }

    @Test
    void anythingElseIsTheGeneralMessageWithoutInternals() {
        assertThat(UnexpectedErrors.messageFor(new NullPointerException("x.getY() is null"), "Une erreur inattendue"))
                .isEqualTo("Une erreur inattendue");
    }
}
