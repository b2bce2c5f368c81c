package io.evzone.station.stations.domain;

/** What a station offers: charging, battery swapping, or both. */
public enum StationType {
    CHARGING,
    SWAP,
    BOTH
}
