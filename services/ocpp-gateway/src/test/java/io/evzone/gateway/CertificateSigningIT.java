package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.Csrs;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import io.evzone.gateway.support.TestPki;
import io.evzone.ocpp.json.OcppJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SignCertificate and CertificateSigned (1.6 Security Whitepaper, 2.0.1 A02) between the gateway's
 * local CA and a charger over a real socket; the certificate it gets then opens security profile 3.
 */
class CertificateSigningIT extends GatewayIntegrationTest {

    private static String frame(Object... parts) {
        return OcppJson.mapper().writeValueAsString(List.of(parts));
    }

    private static JsonNode json(String frame) {
        return OcppJson.mapper().readTree(frame);
    }

    private static boolean isCall(String frame, String action) {
        return frame.startsWith("[2,") && json(frame).get(2).asString().equals(action);
    }

    @Test
    void ocpp16ChargerGetsACertificateForItsIdentityAndConnectsWithProfile3() throws Exception {
        String id = "CSR16_GOOD";
        KeyPair keys = Csrs.ecKeys();
        String chain;
        try (RawCharger charger = RawCharger.connect(ws(id), "ocpp1.6")) {
            charger.answering(call -> frame(3, RawCharger.messageId(call), Map.of("status", "Accepted")));
            charger.send(frame(2, "sign-16", "SignCertificate", Map.of("csr", Csrs.csr(id.toLowerCase(), keys))));

            assertThat(json(charger.answerTo("sign-16")).get(2).get("status").asString())
                    .isEqualTo("Accepted");
            JsonNode signed = json(charger.await(frame -> isCall(frame, "CertificateSigned")));
            chain = signed.get(3).get("certificateChain").asString();
            assertThat(signed.get(3).has("certificateType")).isFalse();
        }
        List<X509Certificate> certificates = certificates(chain);
        assertThat(certificates).hasSize(2);
        assertThat(certificates.getFirst().getPublicKey()).isEqualTo(keys.getPublic());
        certificates.getFirst().verify(certificates.get(1).getPublicKey());
        events.await(id, "ChargerNotification", "\"action\":\"SignCertificate\",\"status\":\"Accepted\"");
        events.await(id, "ChargerNotification", "\"action\":\"CertificateSigned\",\"status\":\"Accepted\"");

        register(id, 3, null);
        try (RawCharger charger = RawCharger.connect(wss(id), null, client(keys, certificates), "ocpp1.6")) {
            charger.send("""
                    [2,"boot-3","BootNotification",{"chargePointVendor":"EVZone","chargePointModel":"Signed"}]""");
            assertThat(charger.answerTo("boot-3")).contains("\"status\":\"Accepted\"");
        }
    }

    @Test
    void ocpp201ChargingStationCertificateIsSignedAndDeliveredWithItsType() throws Exception {
        String id = "CSR201_GOOD";
        KeyPair keys = Csrs.ecKeys();
        try (RawCharger charger = RawCharger.connect(ws(id), "ocpp2.0.1")) {
            charger.answering(call -> frame(3, RawCharger.messageId(call), Map.of("status", "Rejected")));
            charger.send(frame(
                    2,
                    "sign-201",
                    "SignCertificate",
                    Map.of("csr", Csrs.csr(id, keys), "certificateType", "ChargingStationCertificate")));

            assertThat(json(charger.answerTo("sign-201")).get(2).get("status").asString())
                    .isEqualTo("Accepted");
            JsonNode signed = json(charger.await(frame -> isCall(frame, "CertificateSigned")))
                    .get(3);
            assertThat(signed.get("certificateType").asString()).isEqualTo("ChargingStationCertificate");
            assertThat(certificates(signed.get("certificateChain").asString())
                            .getFirst()
                            .getPublicKey())
                    .isEqualTo(keys.getPublic());
        }
        // The charger refused the certificate: operators hear of it.
        events.await(id, "ChargerNotification", "\"action\":\"CertificateSigned\",\"status\":\"Rejected\"");
    }

    @Test
    void aRequestNamingAnotherChargerIsRejectedAsASecurityEvent() {
        String id = "CSR_MISMATCH";
        try (RawCharger charger = RawCharger.connect(ws(id), "ocpp2.0.1")) {
            charger.send(
                    frame(2, "sign-other", "SignCertificate", Map.of("csr", Csrs.csr("CSR_VICTIM", Csrs.ecKeys()))));

            assertThat(json(charger.answerTo("sign-other")).get(2).get("status").asString())
                    .isEqualTo("Rejected");
            events.await(id, "ChargerNotification", "\"securityEvent\":\"true\"");
            assertThat(charger.received).noneMatch(frame -> isCall(frame, "CertificateSigned"));
        }
    }

    @Test
    void aV2gRequestIsRejectedByTheLocalCa() {
        String id = "CSR_V2G";
        try (RawCharger charger = RawCharger.connect(ws(id), "ocpp2.0.1")) {
            charger.send(frame(
                    2,
                    "sign-v2g",
                    "SignCertificate",
                    Map.of("csr", Csrs.csr(id, Csrs.ecKeys()), "certificateType", "V2GCertificate")));

            assertThat(json(charger.answerTo("sign-v2g")).get(2).get("status").asString())
                    .isEqualTo("Rejected");
        }
    }

    private static List<X509Certificate> certificates(String pem) throws Exception {
        var parsed = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        return parsed.stream().map(X509Certificate.class::cast).toList();
    }

    /** A TLS client with the charger's key and its signed chain, trusting the CA of the gateway's server certificate. */
    private static SSLContext client(KeyPair keys, List<X509Certificate> chain) throws Exception {
        char[] password = TestPki.PASSWORD.toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("charger", keys.getPrivate(), password, chain.toArray(Certificate[]::new));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TestPki.get().truststore)) {
            trust.load(in, password);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }
}
