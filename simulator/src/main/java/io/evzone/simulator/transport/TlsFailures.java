package io.evzone.simulator.transport;

import java.io.EOFException;
import java.io.IOException;
import javax.net.ssl.SSLException;

/**
 * Says in words why a {@code wss://} dial failed (security profiles 2 and 3). The JDK reports an untrusted server
 * certificate as a PKIX path error. A server that turns down a missing or unknown client certificate does so, under
 * TLS 1.3, after the client has finished its side of the handshake: the client sees an alert, a broken record or
 * just the connection closing before the HTTP answer, none of which names the certificate.
 */
final class TlsFailures {
    private TlsFailures() {}

    /**
     * An {@link IOException} explaining a TLS failure (caused by the original), or else the original failure.
     *
     * @param failure the dial's failure, unwrapped from its {@code CompletionException}
     */
    static Throwable explain(Throwable failure, SecurityOptions security) {
        SSLException tls = find(failure, SSLException.class);
        String message = String.valueOf(tls != null ? tls.getMessage() : failure.getMessage());
        if (tls != null && (message.contains("PKIX") || message.contains("certification path"))) {
            return new IOException(
                    "TLS handshake failed: the CSMS's certificate is not trusted (not signed by a CA in the truststore): "
                            + message,
                    failure);
        }
        if (tls != null || find(failure, EOFException.class) != null || message.contains("received no bytes")) {
            String what = tls != null ? message : "the CSMS closed the connection before answering";
            return new IOException("TLS handshake failed: " + what + "; " + clientCertificateHint(security), failure);
        }
        return failure;
    }

    private static String clientCertificateHint(SecurityOptions security) {
        return security.keystore() == null
                ? "the CSMS may require a client certificate (security profile 3: give a keystore)"
                : "the CSMS may not accept the client certificate in " + security.keystore();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
