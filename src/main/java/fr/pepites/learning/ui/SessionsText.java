package fr.pepites.learning.ui;

import fr.pepites.learning.LearningOffers;
import java.time.format.DateTimeFormatter;

/** How the session screens write a session's time and seats. */
final class SessionsText {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy 'à' HH'h'mm",
            java.util.Locale.FRENCH);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm");

    private SessionsText() {
    }

    /** "jeudi 08/01/2027 à 09h30 – 10h30". */
    static String when(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        String day = WHEN.format(start) + " – ";
        return day + (start.toLocalDate().equals(end.toLocalDate()) ? HOUR.format(end) : WHEN.format(end));
    }

    /** "3 places libres sur 10", "Complète". */
    static String seats(LearningOffers.SessionRow s) {
        long free = s.capacity() - s.seatsTaken();
        return s.full() ? "Complète" : free + " place" + (free > 1 ? "s" : "") + " libre" + (free > 1 ? "s" : "")
                + " sur " + s.capacity();
    }

    /** For the organiser: "12 inscrits sur 30 places, 2 en attente". */
    static String registrations(LearningOffers.SessionRow s) {
        return s.seatsTaken() + " inscrit" + (s.seatsTaken() > 1 ? "s" : "") + " sur " + s.capacity() + " places"
                + (s.waiting() == 0 ? "" : ", " + s.waiting() + " en attente");
    }
}
