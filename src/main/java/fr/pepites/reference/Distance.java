package fr.pepites.reference;

/**
 * A distance between two communes, in kilometres as the crow flies.
 *
 * @param approximate true when one of the two positions is a département centroid
 */
public record Distance(double kilometres, boolean approximate) {

    /** Haversine distance on a sphere of the Earth's mean radius. */
    public static Distance between(double lat1, double lng1, double lat2, double lng2, boolean approximate) {
        double earthRadiusKm = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        double km = 2 * earthRadiusKm * Math.asin(Math.min(1.0, Math.sqrt(a)));
        return new Distance(km, approximate);
    }

    /** "126 km" or "≈ 126 km (position approximative)". */
    public String label() {
        String km = Math.round(kilometres) + " km";
        return approximate ? "≈ " + km + " (position approximative)" : km;
    }
}
