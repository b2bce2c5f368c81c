package io.evzone.station.stations.domain;

/** Whether a station is open to drivers. Only ACTIVE stations are shown to drivers. */
public enum StationStatus {
    ACTIVE,
    INACTIVE,
    MAINTENANCE,
    PLANNED
}
