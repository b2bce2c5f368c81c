package io.evzone.station.chargepoints.web;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.Credentials;
import io.evzone.station.shared.domain.DomainException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns issued credentials into what an installer types into the charger. */
@Component
class OcppConnectionDetails {

    private final ChargerProperties properties;

    OcppConnectionDetails(ChargerProperties properties) {
        this.properties = properties;
    }

    ChargePointResponse.OcppCredentials of(ChargePoint chargePoint, Credentials.Issued issued) {
        return of(chargePoint, issued, null);
    }

    ChargePointResponse.OcppCredentials of(ChargePoint chargePoint, Credentials.Issued issued, UUID rotationCommand) {
        int profile = issued.credentials().securityProfile();
        String template = Credentials.usesTls(profile) ? properties.ocppWssUrl() : properties.ocppWsUrl();
        String url = template.replace(
                "{ocppId}",
                URLEncoder.encode(chargePoint.ocppId(), StandardCharsets.UTF_8).replace("+", "%20"));
        // OCPP 1.6 security profile 1/2 and 2.0.1 A00.FR.2xx: the Basic-auth username is the charger's identity.
        return new ChargePointResponse.OcppCredentials(
                chargePoint.ocppId(),
                issued.password(),
                url,
                chargePoint.ocppVersion().subprotocol(),
                profile,
                rotationCommand);
    }

    /** {@code 1.6}, {@code 2.0.1} or {@code 2.1}; null stays null. */
    static OcppVersion version(String label) {
        if (label == null) {
            return null;
        }
        for (OcppVersion version : OcppVersion.values()) {
            if (version.label().equals(label.strip()) || version.subprotocol().equals(label.strip())) {
                return version;
            }
        }
        throw DomainException.invalid("ocppVersion: must be 1.6, 2.0.1 or 2.1");
    }
}
