package io.evzone.platform.embedded;

/** An embedded server cannot listen on the port it was configured with, because something else already does. */
public final class PortUnavailableException extends EmbeddedServerException {

    private static final long serialVersionUID = 1L;

    private final int port;
    private final String variable;

    PortUnavailableException(String server, int port, String variable, Throwable cause) {
        super(
                server + " cannot listen on port " + port + ": the port is already in use on localhost. "
                        + "Stop whatever uses it, or set " + variable + " to another port (0 picks a free one).",
                cause);
        this.port = port;
        this.variable = variable;
    }

    /** The port that is taken. */
    public int port() {
        return port;
    }

    /** The environment variable that chooses another port. */
    public String variable() {
        return variable;
    }
}
