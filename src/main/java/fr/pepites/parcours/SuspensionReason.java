package fr.pepites.parcours;

/** Why a contract is suspended (the PASS end moves by as long); labels "parcours.suspension.NAME". */
public enum SuspensionReason {
    SICK_LEAVE,
    MATERNITY_LEAVE,
    TRIAL_PERIOD_ELSEWHERE,
    TRAINING,
    DETENTION
}
