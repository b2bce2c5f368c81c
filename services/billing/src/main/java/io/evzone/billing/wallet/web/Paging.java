package io.evzone.billing.wallet.web;

/** List paging as EVZone clients send it: {@code limit} (default 50, at most 200) and {@code offset}. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Paging() {}

    public static int limit(Integer requested) {
        return requested == null ? DEFAULT_LIMIT : Math.clamp(requested, 1, MAX_LIMIT);
    }

    public static int offset(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }
}
