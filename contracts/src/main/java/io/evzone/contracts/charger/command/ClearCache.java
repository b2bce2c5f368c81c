package io.evzone.contracts.charger.command;

/** Clear the charger's authorization cache. */
public record ClearCache() implements ChargerCommand {}
