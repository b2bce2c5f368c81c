/**
 * Events the session service publishes on {@code session.events.v1}, keyed by the charger's OCPP identity
 * ({@code ocppId}, so one charger's sessions stay in order). Billing rates sessions from them; analytics aggregates
 * them. A consumer keeps the latest state per {@code sessionId}: a {@link SessionStopped} may be
 * followed by a correction when the charger reports the real end of a session the CSMS had closed.
 */
package io.evzone.contracts.session;
