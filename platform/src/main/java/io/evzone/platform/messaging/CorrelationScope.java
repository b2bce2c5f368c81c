package io.evzone.platform.messaging;

import io.evzone.contracts.EventHeaders;
import java.util.function.Supplier;
import org.slf4j.MDC;

/** Runs work with an event's correlation id in the logging context, then restores the previous one. */
final class CorrelationScope {

    private CorrelationScope() {}

    static <T> T call(String correlationId, Supplier<T> work) {
        String previous = MDC.get(EventHeaders.MDC_CORRELATION_ID);
        if (correlationId != null) {
            MDC.put(EventHeaders.MDC_CORRELATION_ID, correlationId);
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MDC.remove(EventHeaders.MDC_CORRELATION_ID);
            } else {
                MDC.put(EventHeaders.MDC_CORRELATION_ID, previous);
            }
        }
    }
}
