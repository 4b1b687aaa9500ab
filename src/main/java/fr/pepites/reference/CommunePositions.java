package fr.pepites.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The communes of the reference file and their coordinates, loaded once, by INSEE code: for the command lines. */
public final class CommunePositions {

    private static Map<String, Position> positions;

    private CommunePositions() {
    }

    public static synchronized Optional<Position> find(String inseeCode) {
        if (positions == null) {
            positions = new HashMap<>();
            ReferenceFiles.communes().stream().filter(c -> c.latitude() != null).forEach(c -> positions.put(
                    c.inseeCode(), new Position(c.inseeCode(), c.latitude(), c.longitude(), c.approximate())));
        }
        return Optional.ofNullable(positions.get(inseeCode));
    }
}
