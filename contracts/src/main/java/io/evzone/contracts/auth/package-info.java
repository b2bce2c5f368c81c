/**
 * Events the auth service publishes on {@link io.evzone.contracts.Topics#AUTH_EVENTS}
 * ({@code auth.events.v1}). The key (and envelope subject) is the user id for user and membership
 * events and the organization id for organization events; the envelope type is the record's simple
 * name. Ids are UUID strings. Events never carry password or token material.
 */
package io.evzone.contracts.auth;
