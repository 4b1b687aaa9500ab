package fr.pepites.badges.credential;

import com.apicatalog.rdf.canon.RdfCanonTicker;

/**
 * The work one verification may spend on the blank-node hashing of RDFC-1.0 (the "hash N-degree quads" step, which
 * the specification lets implementations bound): the canonicaliser ticks at each step of it, and past
 * {@value #MAX_STEPS} steps, or once its thread is interrupted (a verifier that gave up waiting), it stops. Without
 * it a few kilobytes of blank nodes all linked to each other take hours of a core: their permutations grow
 * factorially. The application's own credentials and status lists take a few dozen steps.
 */
final class HashingBudget implements RdfCanonTicker {

    static final int MAX_STEPS = 5_000;

    private int steps;

    @Override
    public void tick() {
        if (++steps > MAX_STEPS) {
            throw new TooComplex("over " + MAX_STEPS + " steps of blank-node hashing");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TooComplex("interrupted after " + steps + " steps of blank-node hashing");
        }
    }

    int steps() {
        return steps;
    }

    /** A document whose canonical form costs more than the budget: refused, never signed nor verified. */
    static final class TooComplex extends IllegalStateException {

        TooComplex(String message) {
            super("too complex: " + message);
        }
    }
}
