package io.evzone.notification.events.domain;

import java.util.List;

/**
 * How one type of another service's event becomes messages. Following a new event is one mapping and one template.
 *
 * @param <T> the event's payload record
 */
public interface EventMapping<T> {

    /** The envelope type, such as {@code SessionStopped}. */
    String eventType();

    Class<T> payloadType();

    /** The messages the event calls for; none when it concerns nobody. */
    List<Intent> intents(T event);
}
