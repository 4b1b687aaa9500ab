package fr.pepites.reference;

/**
 * A commune and its coordinates.
 *
 * @param approximate true when the commune is placed at its département's centroid
 */
public record Position(String communeCode, double latitude, double longitude, boolean approximate) {

    /** Distance in whole kilometres, as the crow flies: the unit of the mobility radius and of the score. */
    public int kilometresTo(Position other) {
        return (int) Math.round(Distance.between(latitude, longitude, other.latitude, other.longitude, false)
                .kilometres());
    }
}
