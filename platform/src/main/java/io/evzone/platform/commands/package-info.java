/**
 * The one path by which a service commands chargers: it records the command and publishes its
 * {@link io.evzone.contracts.charger.CommandRequested} through the outbox ({@link IssueCommand}), applies the first final
 * outcome the gateway reports on {@code ocpp.command-results.v1}, times out what never gets one, purges finished
 * commands after the retention, and serves the read model ({@link IssuedCommands}). A service turns it on with
 * {@link EnableChargerCommands}, a {@link CommandSettings} bean and a {@code charger_command} table of the documented
 * shape (see {@code docs/ocpp.md}).
 */
package io.evzone.platform.commands;
