package io.evzone.simulator.transport;

/** One open WebSocket connection of a charger, as the charger sees it: text frames out, close or drop. */
public interface Link {

    /** Queues a text frame; frames leave in the order given. Never blocks. */
    void send(String text);

    /** Closes normally (status 1000). */
    void close();

    /** Drops the connection without a closing handshake, as a lost network would. */
    void abort();
}
