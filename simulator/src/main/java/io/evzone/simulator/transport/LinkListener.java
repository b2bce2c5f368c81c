package io.evzone.simulator.transport;

/** What a {@link Link} reports to its charger. Called from I/O threads; the charger serialises. */
public interface LinkListener {

    /** A whole text frame arrived. */
    void onText(String text);

    /** The connection ended: closed by the peer, failed, or dropped. Called at most once. */
    void onClosed(int statusCode, String reason);
}
