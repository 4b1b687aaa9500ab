package fr.pepites.learning;

/** What the attendance sheet says of a registrant (Moodle's attendance statuses). Labels: "learning.attendance.NAME". */
public enum Attendance {
    PRESENT,
    ABSENT,
    EXCUSED
}
