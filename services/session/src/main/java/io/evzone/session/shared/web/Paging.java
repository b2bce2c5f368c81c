package io.evzone.session.shared.web;

import io.evzone.platform.web.ApiException;
import java.util.UUID;

/** List paging as EVZone clients send it ({@code limit} default 50, at most 200; {@code offset}) and id parsing. */
public final class Paging {

    private Paging() {}

    public static int limit(Integer requested) {
        return requested == null ? 50 : Math.clamp(requested, 1, 200);
    }

    public static int offset(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }

    /** A path id that is not a UUID names nothing: 404, as for an unknown one. */
    public static UUID id(String what, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what, id);
        }
    }
}
