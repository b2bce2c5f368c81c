package io.evzone.session.charging.domain;

/** What happened to a session as a charger's messages were applied to it. */
public sealed interface SessionEvent {

    /** The session became known. */
    record Started() implements SessionEvent {}

    /** Its meter readings moved. */
    record Metered() implements SessionEvent {}

    /**
     * It ended.
     *
     * @param correction the charger reported the end of a session the CSMS had already closed
     */
    record Stopped(boolean correction) implements SessionEvent {}
}
