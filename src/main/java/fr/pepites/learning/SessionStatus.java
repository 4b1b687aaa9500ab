package fr.pepites.learning;

/**
 * Where a session is in {@code bpmn/learning-session.bpmn}: open for registrations, closed at the deadline, held
 * (its attendance recorded, its survey running), ended, or cancelled by its organiser. Labels:
 * "learning.sessionStatus.NAME".
 */
public enum SessionStatus {
    OPEN,
    CLOSED,
    HELD,
    ENDED,
    CANCELLED;

    /** Before the session starts: registrations may still change, the organiser may move or cancel it. */
    public boolean isUpcoming() {
        return this == OPEN || this == CLOSED;
    }
}
