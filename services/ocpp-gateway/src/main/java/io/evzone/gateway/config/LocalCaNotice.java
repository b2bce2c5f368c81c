package io.evzone.gateway.config;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The console line that tells an operator where chargers connect over TLS and which CA file they must trust. */
@Component
public class LocalCaNotice {

    private final TomcatTuning tomcat;
    private final ObjectProvider<LocalTls> localTls;

    public LocalCaNotice(TomcatTuning tomcat, ObjectProvider<LocalTls> localTls) {
        this.tomcat = tomcat;
        this.localTls = localTls;
    }

    /** Empty when the local CA is off or no TLS port is open. */
    public Optional<String> line() {
        LocalTls local = localTls.getIfAvailable();
        if (local == null || tomcat.tlsPort() < 0) {
            return Optional.empty();
        }
        String file = local.caCertificateFile().toString();
        return Optional.of(String.format(
                "  %-13s wss://localhost:%d/ocpp/{id}   CA certificate: %s   (./evzone simulate --ca-cert %s)",
                "ocpp-gateway", tomcat.tlsPort(), file, file));
    }
}
