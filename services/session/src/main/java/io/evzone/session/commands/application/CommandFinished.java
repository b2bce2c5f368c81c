package io.evzone.session.commands.application;

import io.evzone.session.commands.domain.ChargerCommand;

/** Raised (inside the recording transaction) when a charger answered one of this service's commands. */
public record CommandFinished(ChargerCommand command) {}
