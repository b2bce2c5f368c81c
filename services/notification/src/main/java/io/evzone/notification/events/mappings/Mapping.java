package io.evzone.notification.events.mappings;

import io.evzone.notification.events.domain.EventMapping;

/** A mapping that names its event type and payload record once, in its constructor. */
abstract class Mapping<T> implements EventMapping<T> {

    private final String eventType;
    private final Class<T> payloadType;

    Mapping(Class<T> payloadType) {
        this.eventType = payloadType.getSimpleName();
        this.payloadType = payloadType;
    }

    @Override
    public final String eventType() {
        return eventType;
    }

    @Override
    public final Class<T> payloadType() {
        return payloadType;
    }
}
