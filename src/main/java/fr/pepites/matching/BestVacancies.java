package fr.pepites.matching;

import java.util.Arrays;

/**
 * The {@code k} best vacancies offered one by one (by what the match is worth; the first offered wins a tie, which
 * is the nearest for {@link CandidatePairs}), kept in a small sorted array: most offers are worse than the k-th and
 * cost one comparison.
 */
final class BestVacancies {

    private final int[] vacancies;
    private final long[] values;
    private int size;

    BestVacancies(int k) {
        vacancies = new int[k];
        values = new long[k];
    }

    void offer(int vacancy, long value) {
        int k = vacancies.length;
        if (size == k && value <= values[k - 1]) {
            return;
        }
        int i = size < k ? size++ : k - 1;
        while (i > 0 && values[i - 1] < value) {
            values[i] = values[i - 1];
            vacancies[i] = vacancies[i - 1];
            i--;
        }
        values[i] = value;
        vacancies[i] = vacancy;
    }

    /** Offers the other's best, in their order: as if offered here after this one's. */
    void offerAll(BestVacancies other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.vacancies[i], other.values[i]);
        }
    }

    /** The best vacancies offered, best first. */
    int[] vacancies() {
        return Arrays.copyOf(vacancies, size);
    }

    /** Their values, in the same order. */
    long[] values() {
        return Arrays.copyOf(values, size);
    }
}
