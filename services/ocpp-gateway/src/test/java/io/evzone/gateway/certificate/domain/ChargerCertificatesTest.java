package io.evzone.gateway.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.Csrs;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChargerCertificatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path directory;

    private LocalPki pki;

    @BeforeEach
    void openThePki() {
        pki = LocalPki.open(
                new LocalPki.Settings(
                        directory,
                        List.of("localhost"),
                        Duration.ofDays(3650),
                        Duration.ofDays(30),
                        Duration.ofDays(365)),
                NOW);
    }

    @Test
    void signsARequestWhoseCommonNameIsTheIdentityIgnoringCase() throws Exception {
        KeyPair keys = Csrs.ecKeys();

        var decision = pki.chargers().sign(Csrs.csr("cp-0042", keys), "CP-0042", NOW);

        assertThat(decision).isInstanceOf(ChargerCertificates.Decision.Signed.class);
        var signed = (ChargerCertificates.Decision.Signed) decision;
        assertThat(signed.certificate().getSubjectX500Principal().getName()).contains("CN=cp-0042");
        assertThat(signed.certificate().getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(signed.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(signed.certificate().getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
        assertThat(pki.ca().issued(signed.certificate())).isTrue();
        assertThat(PemFiles.objects(signed.chain())).hasSize(2);
    }

    @Test
    void refusesARequestNamingAnotherChargerAsASecurityEvent() {
        var decision = pki.chargers().sign(Csrs.csr("CP-OTHER", Csrs.ecKeys()), "CP-0042", NOW);

        assertThat(decision).isInstanceOfSatisfying(ChargerCertificates.Decision.Refused.class, refused -> {
            assertThat(refused.identityMismatch()).isTrue();
            assertThat(refused.reason()).contains("CP-OTHER", "CP-0042");
        });
    }

    @Test
    void refusesTextThatIsNoRequestAndWeakKeys() {
        var garbage = pki.chargers().sign("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n", "CP-0042", NOW);
        var weak = pki.chargers().sign(Csrs.csr("CP-0042", Csrs.keys("RSA", 1024)), "CP-0042", NOW);

        assertThat(garbage)
                .isInstanceOfSatisfying(
                        ChargerCertificates.Decision.Refused.class,
                        refused -> assertThat(refused.identityMismatch()).isFalse());
        assertThat(weak)
                .isInstanceOfSatisfying(
                        ChargerCertificates.Decision.Refused.class,
                        refused -> assertThat(refused.reason()).contains("1024"));
    }

    @Test
    void aCertificateNeverOutlivesItsCa() {
        var decision =
                pki.chargers().sign(Csrs.csr("CP-0042", Csrs.ecKeys()), "CP-0042", NOW.plus(Duration.ofDays(3600)));

        var signed = (ChargerCertificates.Decision.Signed) decision;
        assertThat(signed.certificate().getNotAfter())
                .isEqualTo(pki.ca().certificate().getNotAfter());
    }
}
