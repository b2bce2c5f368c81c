package io.evzone.gateway.certificate.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The gateway's TLS server certificate issued by the {@link LocalCa}: {@code server.pem} (certificate and CA)
 * and {@code server-key.pem}. Kept while it is valid, names the configured hosts and chains to the CA;
 * otherwise issued anew (the reason is returned, for the log).
 */
public final class ServerCertificate {

    public static final String CERTIFICATE_FILE = "server.pem";
    public static final String KEY_FILE = "server-key.pem";

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private ServerCertificate(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** The certificate in use, and why it was issued now (empty when the one on disk was kept). */
    public record Opened(ServerCertificate certificate, Optional<String> issuedBecause) {}

    public static Opened openOrIssue(
            Path directory, LocalCa ca, List<String> hostnames, Duration validity, Instant now) {
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        Path keyFile = directory.resolve(KEY_FILE);
        Optional<String> reason = Optional.of("there was none");
        if (Files.exists(certificateFile) && Files.exists(keyFile)) {
            ServerCertificate existing =
                    new ServerCertificate(PemFiles.privateKey(keyFile), PemFiles.certificates(certificateFile));
            reason = existing.unusable(ca, hostnames, now);
            if (reason.isEmpty()) {
                return new Opened(existing, Optional.empty());
            }
        }
        KeyPair keys = LocalCa.newKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, hostnames.getFirst())
                .addRDN(BCStyle.O, "EVZone")
                .build();
        X509Certificate issued = ca.issue(
                subject, keys.getPublic(), KeyPurposeId.id_kp_serverAuth, alternativeNames(hostnames), now, validity);
        List<X509Certificate> chain = List.of(issued, ca.certificate());
        PemFiles.write(keyFile, PemFiles.pem(List.of(keys.getPrivate())), true);
        PemFiles.write(certificateFile, PemFiles.pem(chain), false);
        return new Opened(new ServerCertificate(keys.getPrivate(), chain), reason);
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** An in-memory key store with the key and chain under {@code alias}, for the TLS connector. */
    public KeyStore keyStore(String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain.toArray(X509Certificate[]::new));
            return store;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot hold the server certificate in a key store", e);
        }
    }

    private Optional<String> unusable(LocalCa ca, List<String> hostnames, Instant now) {
        X509Certificate certificate = certificate();
        if (!certificate.getNotAfter().toInstant().isAfter(now)) {
            return Optional.of("it expired on " + certificate.getNotAfter().toInstant());
        }
        if (!ca.issued(certificate)) {
            return Optional.of("another CA issued it");
        }
        Set<String> named = subjectAlternativeNames(certificate);
        Set<String> wanted = new HashSet<>();
        hostnames.forEach(host -> wanted.add(normalized(host)));
        return named.equals(wanted)
                ? Optional.empty()
                : Optional.of("it names " + named + " rather than the configured " + wanted);
    }

    static List<GeneralName> alternativeNames(List<String> hostnames) {
        List<GeneralName> names = new ArrayList<>();
        for (String host : hostnames) {
            names.add(new GeneralName(isAddress(host) ? GeneralName.iPAddress : GeneralName.dNSName, host));
        }
        return names;
    }

    private static Set<String> subjectAlternativeNames(X509Certificate certificate) {
        Set<String> names = new HashSet<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries != null) {
                entries.forEach(entry -> names.add(normalized(String.valueOf(entry.get(1)))));
            }
        } catch (CertificateParsingException e) {
            return Set.of();
        }
        return names;
    }

    private static boolean isAddress(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    /** Host names in lower case, addresses as the JDK spells them (it writes ::1 as 0:0:0:0:0:0:0:1). */
    private static String normalized(String host) {
        if (!isAddress(host)) {
            return host.toLowerCase(java.util.Locale.ROOT);
        }
        try {
            return java.net.InetAddress.getByName(host).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return host;
        }
    }
}
