package fr.pepites.parcours;

import fr.pepites.parcours.process.ParcoursProcess;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * When the process's timers fall, from the planned end of the contract: the review three months before, its reminder
 * one month before, the director's alert two weeks before, the exit at the end itself; the follow-up six months after
 * the exit. Each at 8 a.m., Paris time, so that they arrive with the working day.
 */
public final class ParcoursDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private ParcoursDates() {
    }

    public static LocalDate reviewDate(LocalDate plannedEnd) {
        return plannedEnd.minusMonths(3);
    }

    /** The process variables of the timers that follow the planned end. */
    public static Map<String, Object> timers(LocalDate plannedEnd) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ParcoursProcess.VAR_REVIEW_DUE, morning(reviewDate(plannedEnd)));
        variables.put(ParcoursProcess.VAR_REMINDER_DUE, morning(plannedEnd.minusMonths(1)));
        variables.put(ParcoursProcess.VAR_ESCALATION_DUE, morning(plannedEnd.minusDays(14)));
        variables.put(ParcoursProcess.VAR_PLANNED_END_DUE, morning(plannedEnd));
        return variables;
    }

    public static LocalDate followUpDate(LocalDate exitDate) {
        return exitDate.plusMonths(6);
    }

    public static Date followUpTimer(LocalDate exitDate) {
        return morning(followUpDate(exitDate));
    }

    public static Date morning(LocalDate day) {
        return Date.from(day.atTime(MORNING).atZone(PARIS).toInstant());
    }
}
