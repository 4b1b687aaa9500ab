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

    /** "3 places sur 10", "complète". */
    static String seats(LearningOffers.SessionRow s) {
        return s.full() ? "Complète (liste d'attente)"
                : (s.capacity() - s.seatsTaken()) + " place" + (s.capacity() - s.seatsTaken() > 1 ? "s" : "")
                        + " libre" + (s.capacity() - s.seatsTaken() > 1 ? "s" : "") + " sur " + s.capacity();
    }
}
