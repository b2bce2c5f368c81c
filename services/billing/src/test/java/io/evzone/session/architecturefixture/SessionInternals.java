package io.evzone.session.architecturefixture;

/** Stands in for another service's class, which billing must never import. */
public class SessionInternals {}
