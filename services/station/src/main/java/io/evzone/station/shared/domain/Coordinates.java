package io.evzone.station.shared.domain;

/** A WGS 84 position. */
public record Coordinates(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Coordinates {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw DomainException.invalid("latitude: must be between -90 and 90");
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw DomainException.invalid("longitude: must be between -180 and 180");
        }
    }

    /** Both or neither: a position is optional for some records, but never half given. */
    public static Coordinates ofNullable(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw DomainException.invalid(
                    (latitude == null ? "latitude" : "longitude") + ": latitude and longitude must be given together");
        }
        return new Coordinates(latitude, longitude);
    }

    /** Great-circle distance (haversine), the same formula the nearby search runs in SQL. */
    public double distanceKmTo(Coordinates other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLng = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
