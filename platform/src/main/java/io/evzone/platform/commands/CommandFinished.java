package io.evzone.platform.commands;

/**
 * Raised in the service, inside the transaction that recorded it, when one of its commands got its final outcome (the
 * charger's answer, or TIMED_OUT here): listeners update what the command was for.
 */
public record CommandFinished(IssuedCommand command) {}
