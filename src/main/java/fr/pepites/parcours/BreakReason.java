package fr.pepites.parcours;

/** Why a contract broke off before its end (rupture anticipée); labels "parcours.break.NAME". */
public enum BreakReason {
    RESIGNATION,
    DISMISSAL,
    MUTUAL_AGREEMENT,
    END_OF_TRIAL_PERIOD,
    HIRED_ELSEWHERE,
    FORCE_MAJEURE
}
