package fr.pepites.parcours;

import fr.pepites.directory.SiaeKind;
import java.util.Arrays;
import java.util.List;

/** The contract of an insertion employee, as each kind of SIAE uses them; labels "parcours.contract.NAME". */
public enum ContractKind {
    /** Contrat à durée déterminée d'insertion (ACI, EI, EITI). */
    CDDI(SiaeKind.ACI, SiaeKind.EI, SiaeKind.EITI),
    /** CDD d'usage of an association intermédiaire. */
    CDD_USAGE(SiaeKind.AI),
    /** Mise à disposition by an association intermédiaire. */
    MISE_A_DISPOSITION(SiaeKind.AI),
    /** Mission of an ETTI. */
    MISSION(SiaeKind.ETTI);

    private final List<SiaeKind> usedBy;

    ContractKind(SiaeKind... usedBy) {
        this.usedBy = List.of(usedBy);
    }

    public boolean isUsedBy(SiaeKind kind) {
        return usedBy.contains(kind);
    }

    public static List<ContractKind> usedBy(SiaeKind kind) {
        return Arrays.stream(values()).filter(c -> c.isUsedBy(kind)).toList();
    }
}
