package io.evzone.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

/** A certificate authority made at test time: the gateway's server certificate and chargers' client certificates. */
public final class TestPki {

    public static final String PASSWORD = "changeit";
    private static TestPki instance;

    public final Path directory;
    public final Path serverKeystore;
    public final Path truststore;
    private final KeyPair caKeys;
    private final X509Certificate caCertificate;

    private TestPki() throws Exception {
        directory = Files.createTempDirectory("evzone-gateway-pki-");
        caKeys = keys();
        caCertificate = sign("CN=EVZone Test CA", caKeys, "CN=EVZone Test CA", caKeys, true, false);
        KeyPair serverKeys = keys();
        X509Certificate server = sign("CN=localhost", serverKeys, "CN=EVZone Test CA", caKeys, false, true);
        serverKeystore = directory.resolve("server.p12");
        write(serverKeystore, keyStore("server", serverKeys, server, caCertificate));
        truststore = directory.resolve("trust.p12");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", caCertificate);
        write(truststore, trust);
    }

    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                instance = new TestPki();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /**
     * A TLS client that trusts the test CA and presents a certificate with this CN (null: none);
     * {@code rogue} signs it with an unknown CA that impersonates the test CA's name, so the client
     * still offers it and the server's chain validation is what refuses it.
     */
    public SSLContext client(String commonName, boolean rogue) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            if (commonName != null) {
                KeyPair pair = keys();
                KeyPair issuerKeys = rogue ? keys() : caKeys;
                String issuer = "CN=EVZone Test CA";
                X509Certificate cert = sign("CN=" + commonName, pair, issuer, issuerKeys, false, false);
                keys.setKeyEntry("client", pair.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {cert});
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD.toCharArray());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", caCertificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(
            String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean ca, boolean server)
            throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer),
                BigInteger.valueOf(new SecureRandom().nextLong() & Long.MAX_VALUE),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))),
                new X500Name(subject),
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (server) {
            builder.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
        }
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static KeyStore keyStore(String alias, KeyPair keys, X509Certificate cert, X509Certificate ca)
            throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {cert, ca});
        return store;
    }

    private static void write(Path path, KeyStore store) throws Exception {
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
