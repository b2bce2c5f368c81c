package io.evzone.gateway.certificate.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local PKI a gateway serves wss:// with out of the box: the {@link LocalCa}, the server certificate
 * it issued, and the signing of chargers' requests. Opened once at start; the CA is created only when
 * the directory has none.
 */
public final class LocalPki {

    private static final Logger log = LoggerFactory.getLogger(LocalPki.class);

    /**
     * @param directory where the CA and the server certificate live
     * @param hostnames the server certificate's subject alternative names (host names and addresses)
     * @param caValidity lifetime of a new CA
     * @param serverValidity lifetime of a server certificate
     * @param chargerValidity lifetime of a certificate signed for a charger
     */
    public record Settings(
            Path directory,
            List<String> hostnames,
            Duration caValidity,
            Duration serverValidity,
            Duration chargerValidity) {
        public Settings {
            if (hostnames.isEmpty()) {
                throw new IllegalArgumentException("the server certificate needs at least one host name");
            }
            hostnames = List.copyOf(hostnames);
        }
    }

    private final Path directory;
    private final LocalCa ca;
    private final ServerCertificate server;
    private final ChargerCertificates chargers;

    private LocalPki(Path directory, LocalCa ca, ServerCertificate server, ChargerCertificates chargers) {
        this.directory = directory;
        this.ca = ca;
        this.server = server;
        this.chargers = chargers;
    }

    public static LocalPki open(Settings settings, Instant now) {
        Path directory = settings.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        LocalCa.Opened ca = LocalCa.openOrCreate(directory, settings.caValidity(), now);
        if (ca.created()) {
            log.info(
                    "Created the local CA {}: chargers that trust it can connect over wss://",
                    directory.resolve(LocalCa.CERTIFICATE_FILE));
        }
        ServerCertificate.Opened server =
                ServerCertificate.openOrIssue(directory, ca.ca(), settings.hostnames(), settings.serverValidity(), now);
        server.issuedBecause()
                .ifPresent(reason -> log.info(
                        "Issued the server certificate {} for {} from the local CA, valid until {}: {}",
                        directory.resolve(ServerCertificate.CERTIFICATE_FILE),
                        settings.hostnames(),
                        server.certificate().certificate().getNotAfter().toInstant(),
                        reason));
        return new LocalPki(
                directory, ca.ca(), server.certificate(), new ChargerCertificates(ca.ca(), settings.chargerValidity()));
    }

    /** The CA certificate (PEM) that chargers, the simulator and the benchmark trust. */
    public Path caCertificateFile() {
        return directory.resolve(LocalCa.CERTIFICATE_FILE);
    }

    public LocalCa ca() {
        return ca;
    }

    public ServerCertificate server() {
        return server;
    }

    public ChargerCertificates chargers() {
        return chargers;
    }
}
