/**
 * The operations the CSMS asks chargers to perform, version-neutral: one record per operation, all permitted by the
 * sealed {@link io.evzone.contracts.charger.command.ChargerCommand}. A service sends one as the payload of a
 * {@link io.evzone.contracts.charger.CommandRequested}; the gateway translates it to the charger's OCPP version in an
 * exhaustive switch (or answers NOT_SUPPORTED where the version has no such operation). Each record checks its fields
 * on construction and names the field it refuses ({@code evseId: must be at least 1}).
 */
package io.evzone.contracts.charger.command;
