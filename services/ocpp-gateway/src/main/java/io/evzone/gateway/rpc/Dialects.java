package io.evzone.gateway.rpc;

import io.evzone.contracts.charger.OcppVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The OCPP versions this gateway speaks, by subprotocol. */
@Component
public class Dialects {

    private final List<OcppDialect> dialects;

    public Dialects(List<OcppDialect> dialects) {
        this.dialects = List.copyOf(dialects);
    }

    public Optional<OcppDialect> bySubprotocol(String subprotocol) {
        return dialects.stream()
                .filter(d -> d.subprotocol().equals(subprotocol))
                .findFirst();
    }

    public Optional<OcppDialect> byVersion(OcppVersion version) {
        return dialects.stream().filter(d -> d.version() == version).findFirst();
    }

    public List<OcppDialect> all() {
        return dialects;
    }
}
