package io.evzone.auth.shared.web;

/**
 * Path variables that hold ids match only a UUID, so a fixed path next to an {@code {id}} route (such
 * as {@code /users/team} beside {@code /users/{id}}) can never be taken for an id: it is served by its
 * own route or is a 404, never a 400 from the id route.
 */
public final class PathPatterns {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private PathPatterns() {}
}
