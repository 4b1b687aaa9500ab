package fr.pepites.parcours;

/** Where a hand-back to a CEP operator stands; labels "parcours.handBack.NAME". */
public enum HandBackStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
