package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import io.evzone.gateway.support.TestPki;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OCPP security profiles (1.6 Security Whitepaper, 2.0.1 Part 2 A00) at the handshake: a charger
 * that does not meet its record's profile is refused with HTTP 401 before any OCPP traffic.
 * Certificates come from {@link TestPki}, made at test time.
 */
class SecurityProfilesIT extends GatewayIntegrationTest {

    private static final String BOOT = """
            [2,"boot-sp","BootNotification",{"chargePointVendor":"EVZone","chargePointModel":"Secure"}]""";

    private static void assertRefusedWith401(Runnable connect) {
        assertThatThrownBy(connect::run)
                .isInstanceOfSatisfying(
                        RawCharger.HandshakeRefused.class,
                        e -> assertThat(e.status).isEqualTo(401));
    }

    private static void assertBoots(RawCharger charger) {
        charger.send(BOOT);
        assertThat(charger.answerTo("boot-sp")).contains("\"status\":\"Accepted\"");
    }

    @Test
    void profile1AcceptsTheRightPassword() {
        register("SP1_GOOD", 1, "correct horse battery");
        try (RawCharger charger = RawCharger.connectWithPassword(ws("SP1_GOOD"), "correct horse battery", "ocpp1.6")) {
            assertBoots(charger);
        }
    }

    @Test
    void profile1RefusesAWrongPassword() {
        register("SP1_WRONG", 1, "correct horse battery");
        assertRefusedWith401(() -> RawCharger.connectWithPassword(ws("SP1_WRONG"), "Tr0ub4dor&3", "ocpp1.6"));
    }

    @Test
    void profile1RefusesAChargerWithoutCredentials() {
        register("SP1_NONE", 1, "correct horse battery");
        assertRefusedWith401(() -> RawCharger.connect(ws("SP1_NONE"), "ocpp1.6"));
    }

    @Test
    void profile2AcceptsThePasswordOverTls() {
        register("SP2_TLS", 2, "over tls only");
        try (RawCharger charger = RawCharger.connect(
                wss("SP2_TLS"), "over tls only", TestPki.get().client(null, false), "ocpp1.6")) {
            assertBoots(charger);
        }
    }

    @Test
    void profile2RefusesPlainWebSocketsEvenWithTheRightPassword() {
        register("SP2_PLAIN", 2, "over tls only");
        assertRefusedWith401(() -> RawCharger.connectWithPassword(ws("SP2_PLAIN"), "over tls only", "ocpp1.6"));
    }

    @Test
    void profile2RefusesAWrongPasswordOverTls() {
        register("SP2_WRONG", 2, "over tls only");
        assertRefusedWith401(() ->
                RawCharger.connect(wss("SP2_WRONG"), "guess", TestPki.get().client(null, false), "ocpp1.6"));
    }

    /**
     * The TLS connector asks for a client certificate without requiring one ("optional"), so profile 2
     * chargers can connect without one. With TLS 1.3 the server's CertificateRequest is part of the
     * initial handshake, so no post-handshake authentication (which JSSE servers lack) is needed:
     * both versions work without limiting the connector to TLS 1.2.
     */
    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void profile3AcceptsAClientCertificateNamedAfterTheChargePoint(String tlsVersion) {
        String id = "SP3_GOOD_" + tlsVersion.replace(".", "");
        register(id, 3, null);
        try (RawCharger charger =
                RawCharger.connect(wss(id), null, TestPki.get().client(id, false), List.of(tlsVersion), "ocpp1.6")) {
            assertBoots(charger);
        }
    }

    @Test
    void profile3RefusesACertificateWithAnotherCommonName() {
        register("SP3_OTHER", 3, null);
        assertRefusedWith401(() ->
                RawCharger.connect(wss("SP3_OTHER"), null, TestPki.get().client("SP3_SOMEONE_ELSE", false), "ocpp1.6"));
    }

    @Test
    void profile3RefusesAChargerWithoutACertificate() {
        register("SP3_NONE", 3, null);
        assertRefusedWith401(
                () -> RawCharger.connect(wss("SP3_NONE"), null, TestPki.get().client(null, false), "ocpp1.6"));
    }

    @Test
    void profile3RefusesPlainWebSockets() {
        register("SP3_PLAIN", 3, null);
        assertRefusedWith401(() -> RawCharger.connect(ws("SP3_PLAIN"), "ocpp1.6"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void profile3RefusesACertificateFromARogueCa(String tlsVersion) {
        String id = "SP3_ROGUE_" + tlsVersion.replace(".", "");
        register(id, 3, null);
        // Refused by the TLS layer itself (the chain check fails, bad_certificate), before any HTTP.
        assertThatThrownBy(() -> RawCharger.connect(
                        wss(id), null, TestPki.get().client(id, true), List.of(tlsVersion), "ocpp1.6"))
                .isNotInstanceOf(RawCharger.HandshakeRefused.class)
                .hasRootCauseInstanceOf(java.io.IOException.class);
    }
}
