package io.evzone.station.shared.domain;

/** Alternating or direct current at the connector. */
public enum PowerType {
    AC,
    DC
}
