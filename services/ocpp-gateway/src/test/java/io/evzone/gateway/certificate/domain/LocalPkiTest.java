package io.evzone.gateway.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPkiTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path directory;

    private LocalPki open(Instant now, String... hostnames) {
        return LocalPki.open(
                new LocalPki.Settings(
                        directory,
                        hostnames.length == 0 ? List.of("localhost", "127.0.0.1", "::1") : List.of(hostnames),
                        Duration.ofDays(3650),
                        Duration.ofDays(397),
                        Duration.ofDays(365)),
                now);
    }

    private byte[] bytes(String file) throws Exception {
        return Files.readAllBytes(directory.resolve(file));
    }

    @Test
    void aSecondStartReusesTheCaAndTheServerCertificate() throws Exception {
        LocalPki first = open(NOW);
        byte[] ca = bytes(LocalCa.CERTIFICATE_FILE);
        byte[] caKey = bytes(LocalCa.KEY_FILE);
        byte[] server = bytes(ServerCertificate.CERTIFICATE_FILE);

        LocalPki second = open(NOW.plus(Duration.ofDays(30)));

        assertThat(bytes(LocalCa.CERTIFICATE_FILE)).isEqualTo(ca);
        assertThat(bytes(LocalCa.KEY_FILE)).isEqualTo(caKey);
        assertThat(bytes(ServerCertificate.CERTIFICATE_FILE)).isEqualTo(server);
        assertThat(second.ca().certificate()).isEqualTo(first.ca().certificate());
        assertThat(second.caCertificateFile())
                .isEqualTo(directory.resolve("ca.pem").toAbsolutePath());
    }

    @Test
    void theServerCertificateNamesTheHostsAndChainsToTheCa() throws Exception {
        LocalPki pki = open(NOW);
        X509Certificate server = pki.server().certificate();

        assertThat(pki.ca().issued(server)).isTrue();
        assertThat(server.getSubjectAlternativeNames())
                .extracting(entry -> String.valueOf(entry.get(1)))
                .containsExactlyInAnyOrder("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(pki.ca().certificate().getBasicConstraints()).isZero();
        assertThat(server.getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void anExpiredServerCertificateIsIssuedAnewFromTheSameCa() throws Exception {
        open(NOW);
        byte[] ca = bytes(LocalCa.CERTIFICATE_FILE);
        byte[] server = bytes(ServerCertificate.CERTIFICATE_FILE);

        LocalPki later = open(NOW.plus(Duration.ofDays(400)));

        assertThat(bytes(LocalCa.CERTIFICATE_FILE)).isEqualTo(ca);
        assertThat(bytes(ServerCertificate.CERTIFICATE_FILE)).isNotEqualTo(server);
        assertThat(later.server().certificate().getNotAfter().toInstant()).isAfter(NOW.plus(Duration.ofDays(400)));
        assertThat(later.ca().issued(later.server().certificate())).isTrue();
    }

    @Test
    void aMissingServerCertificateOrOtherHostNamesAreIssuedAnew() throws Exception {
        open(NOW);
        Files.delete(directory.resolve(ServerCertificate.CERTIFICATE_FILE));
        LocalPki reissued = open(NOW);
        assertThat(reissued.ca().issued(reissued.server().certificate())).isTrue();

        LocalPki renamed = open(NOW, "csms.example.test", "10.0.0.5");

        assertThat(renamed.server().certificate().getSubjectAlternativeNames())
                .extracting(entry -> String.valueOf(entry.get(1)))
                .containsExactlyInAnyOrder("csms.example.test", "10.0.0.5");
    }

    @Test
    void anIncompleteCaIsNeverReplacedSilently() throws Exception {
        open(NOW);
        byte[] ca = bytes(LocalCa.CERTIFICATE_FILE);
        Files.delete(directory.resolve(LocalCa.KEY_FILE));

        assertThatThrownBy(() -> open(NOW)).hasMessageContaining("incomplete");
        assertThat(bytes(LocalCa.CERTIFICATE_FILE)).isEqualTo(ca);
    }

    @Test
    void anExpiredCaStopsTheStartRatherThanBeingReplaced() {
        open(NOW);

        assertThatThrownBy(() -> open(NOW.plus(Duration.ofDays(3651)))).hasMessageContaining("expired");
    }

    @Test
    void privateKeysAreReadableByTheOwnerOnly() throws Exception {
        open(NOW);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(LocalCa.KEY_FILE))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(directory.resolve(ServerCertificate.KEY_FILE))))
                .isEqualTo("rw-------");
    }
}
