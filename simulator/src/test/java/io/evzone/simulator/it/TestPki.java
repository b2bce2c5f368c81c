package io.evzone.simulator.it;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made at test time, written as PKCS12 files as a user would pass them to the simulator: a CA, the
 * test CSMS's server certificate (for 127.0.0.1 and localhost), a truststore with the CA, one client key store per
 * charger (CN = the charger id), and a truststore with an unrelated CA that the server certificate does not chain to.
 */
final class TestPki {
    static final String PASSWORD = "changeit";
    private static final String CA_NAME = "CN=EVZone Simulator Test CA";

    private final Path directory;
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final KeyStore serverKeys;

    private TestPki(Path directory) throws Exception {
        this.directory = directory;
        caKeys = keys();
        ca = sign(CA_NAME, caKeys, CA_NAME, caKeys, true, false);
        KeyPair server = keys();
        serverKeys = keyStore("server", server, sign("CN=127.0.0.1", server, CA_NAME, caKeys, false, true));
    }

    static TestPki create(Path directory) {
        try {
            return new TestPki(directory);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the test certificates", e);
        }
    }

    /** The CSMS's TLS context: its certificate, and the CA to check client certificates against. */
    SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(serverKeys, PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(ca));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CA that signed the server certificate as a PEM file (as {@code --ca-cert} takes it). */
    Path caPem() throws Exception {
        Path file = directory.resolve("ca.pem");
        String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(ca.getEncoded());
        java.nio.file.Files.writeString(
                file, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    /** A truststore file with the CA that signed the server certificate. */
    Path truststore() throws Exception {
        return write("trust.p12", trustStore(ca));
    }

    /** A truststore file with a CA of the same name that signed nothing here. */
    Path untrustedTruststore() throws Exception {
        KeyPair otherKeys = keys();
        return write("other-trust.p12", trustStore(sign(CA_NAME, otherKeys, CA_NAME, otherKeys, true, false)));
    }

    /** A key store file with a client certificate for the charger, signed by the CA. */
    Path clientKeystore(String chargerId) throws Exception {
        KeyPair keys = keys();
        X509Certificate certificate = sign("CN=" + chargerId, keys, CA_NAME, caKeys, false, false);
        return write(chargerId + ".p12", keyStore(chargerId, keys, certificate));
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(
            String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean isCa, boolean server)
            throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(new SecureRandom().nextLong() & Long.MAX_VALUE),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))),
                new X500Name(subject),
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        if (server) {
            // The JDK HttpClient checks the host name: the test CSMS listens on 127.0.0.1.
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")
            }));
        }
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private KeyStore keyStore(String alias, KeyPair keys, X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {certificate, ca});
        return store;
    }

    private static KeyStore trustStore(X509Certificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", certificate);
        return store;
    }

    private Path write(String name, KeyStore store) throws Exception {
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        return file;
    }
}
