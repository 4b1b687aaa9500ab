package fr.pepites.twinning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Someone who takes part in a twinning: an insertion employee of the SIAE (a person with a current parcours) or one of
 * its staff (an account), by the name they had when named. Attendance holds one character per day: P present, A
 * absent, - not yet recorded.
 */
@Embeddable
public class Participant {

    static final char PRESENT = 'P';
    static final char ABSENT = 'A';
    static final char NOT_RECORDED = '-';

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "account_id")
    private Long accountId;

    private String name;

    private String attendance;

    @Column(name = "badge_earner")
    private boolean badgeEarner;

    protected Participant() {
    }

    private Participant(Long personId, Long accountId, String name) {
        this.personId = personId;
        this.accountId = accountId;
        this.name = name;
        this.attendance = "----";
    }

    static Participant employee(long personId, String name) {
        return new Participant(personId, null, name);
    }

    static Participant staff(long accountId, String name) {
        return new Participant(null, accountId, name);
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isEmployee() {
        return personId != null;
    }

    public String getName() {
        return name;
    }

    /** Present on that day (0 to 3): true, false, or null when not recorded. */
    public Boolean presentOn(int day) {
        char c = attendance.charAt(day);
        return c == NOT_RECORDED ? null : c == PRESENT;
    }

    public int daysPresent() {
        return (int) attendance.chars().filter(c -> c == PRESENT).count();
    }

    public boolean isBadgeEarner() {
        return badgeEarner;
    }

    void record(int day, boolean present) {
        StringBuilder s = new StringBuilder(attendance);
        s.setCharAt(day, present ? PRESENT : ABSENT);
        attendance = s.toString();
    }

    void setBadgeEarner(boolean earner) {
        this.badgeEarner = earner;
    }
}
