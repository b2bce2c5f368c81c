package io.evzone.contracts;

/** Kafka header and HTTP header names that every service reads and writes. */
public final class EventHeaders {

    public static final String EVENT_ID = "evzone-event-id";
    public static final String EVENT_TYPE = "evzone-event-type";
    public static final String SOURCE = "evzone-source";
    public static final String CORRELATION_ID = "evzone-correlation-id";

    /** The HTTP header a caller may send (or reads back) to follow one request through every service. */
    public static final String HTTP_CORRELATION_ID = "X-Correlation-Id";

    /** The MDC key under which logs carry the correlation id. */
    public static final String MDC_CORRELATION_ID = "correlationId";

    private EventHeaders() {}
}
