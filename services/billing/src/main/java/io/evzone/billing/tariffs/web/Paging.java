package io.evzone.billing.tariffs.web;

/** List paging as EVZone clients send it: {@code limit} (default 50, at most 200) and {@code offset}. */
public final class Paging {

    private Paging() {}

    public static int limit(Integer requested) {
        return requested == null ? 50 : Math.clamp(requested, 1, 200);
    }

    public static int offset(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }
}
