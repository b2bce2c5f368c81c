package io.evzone.station.stations.domain;

import io.evzone.station.shared.domain.DomainException;

/**
 * Filters of a station listing.
 *
 * @param box null, or all four edges; a west edge east of the east edge crosses the antimeridian
 */
public record StationSearch(
        StationAudience audience,
        StationStatus status,
        String organizationId,
        String query,
        BoundingBox box,
        int limit,
        int offset) {

    public record BoundingBox(double north, double south, double east, double west) {

        public BoundingBox {
            if (north < -90 || north > 90 || south < -90 || south > 90) {
                throw DomainException.invalid("north: north and south must be between -90 and 90");
            }
            if (east < -180 || east > 180 || west < -180 || west > 180) {
                throw DomainException.invalid("east: east and west must be between -180 and 180");
            }
            if (south > north) {
                throw DomainException.invalid("south: must not be north of north");
            }
        }

        /** All four edges or none. */
        public static BoundingBox ofNullable(Double north, Double south, Double east, Double west) {
            int given =
                    (north == null ? 0 : 1) + (south == null ? 0 : 1) + (east == null ? 0 : 1) + (west == null ? 0 : 1);
            if (given == 0) {
                return null;
            }
            if (given < 4) {
                throw DomainException.invalid("north: north, south, east and west must be given together");
            }
            return new BoundingBox(north, south, east, west);
        }

        public boolean crossesAntimeridian() {
            return west > east;
        }
    }
}
