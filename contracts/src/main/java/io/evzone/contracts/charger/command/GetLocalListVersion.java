package io.evzone.contracts.charger.command;

/** The version of the local authorization list the charger holds. */
public record GetLocalListVersion() implements ChargerCommand {}
