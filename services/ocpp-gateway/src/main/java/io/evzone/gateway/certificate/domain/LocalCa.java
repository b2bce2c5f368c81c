package io.evzone.gateway.certificate.domain;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The CSMS certificate authority kept in a directory: {@code ca.pem} (the certificate chargers trust) and
 * {@code ca-key.pem} (its private key, readable by the owner only). Made once; an existing one is always
 * reused, never replaced behind the operator's back. Keys are ECDSA P-256, which OCPP 2.0.1 Part 2 A00
 * (security profiles 2 and 3) lists beside RSA.
 */
public final class LocalCa {

    public static final String CERTIFICATE_FILE = "ca.pem";
    public static final String KEY_FILE = "ca-key.pem";
    private static final String SIGNATURE = "SHA256withECDSA";
    /** Certificates start an hour early so a charger whose clock is a little behind accepts them. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final X509Certificate certificate;

    private LocalCa(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** The CA in {@code directory}, or a new one written there when it has none; {@code created} says which. */
    public record Opened(LocalCa ca, boolean created) {}

    public static Opened openOrCreate(Path directory, Duration validity, Instant now) {
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        Path keyFile = directory.resolve(KEY_FILE);
        if (Files.exists(certificateFile) || Files.exists(keyFile)) {
            if (!Files.exists(certificateFile) || !Files.exists(keyFile)) {
                throw new IllegalStateException("The local CA in " + directory + " is incomplete (" + CERTIFICATE_FILE
                        + " and " + KEY_FILE + " belong together); restore the missing file or move the directory"
                        + " aside to start a new CA, whose certificate every charger must then trust anew");
            }
            LocalCa ca = new LocalCa(
                    PemFiles.privateKey(keyFile),
                    PemFiles.certificates(certificateFile).getFirst());
            if (ca.certificate.getNotAfter().toInstant().isBefore(now)) {
                throw new IllegalStateException("The local CA " + certificateFile + " expired on "
                        + ca.certificate.getNotAfter().toInstant() + "; move " + directory
                        + " aside to start a new CA, whose certificate every charger must then trust anew");
            }
            return new Opened(ca, false);
        }
        KeyPair keys = newKeyPair();
        X500Name name = new X500Name(
                "CN=EVZone Local CA " + HexFormat.of().formatHex(serial().toByteArray(), 0, 4) + ",O=EVZone");
        LocalCa ca = new LocalCa(keys.getPrivate(), null);
        X509Certificate certificate = ca.sign(name, name, keys.getPublic(), now, now.plus(validity), builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
        PemFiles.write(keyFile, PemFiles.pem(List.of(keys.getPrivate())), true);
        PemFiles.write(certificateFile, PemFiles.pem(List.of(certificate)), false);
        return new Opened(new LocalCa(keys.getPrivate(), certificate), true);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Whether this CA signed {@code issued}. */
    public boolean issued(X509Certificate issued) {
        try {
            issued.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * An end-entity certificate: for a TLS server with {@code alternativeNames}, or a TLS client (a charger)
     * without. It never outlives this CA.
     */
    public X509Certificate issue(
            X500Name subject,
            PublicKey publicKey,
            KeyPurposeId purpose,
            List<GeneralName> alternativeNames,
            Instant now,
            Duration validity) {
        Instant notAfter = now.plus(validity);
        Instant caNotAfter = certificate.getNotAfter().toInstant();
        return sign(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                subject,
                publicKey,
                now,
                notAfter.isAfter(caNotAfter) ? caNotAfter : notAfter,
                builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
                    builder.addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions().createAuthorityKeyIdentifier(certificate.getPublicKey()));
                    if (!alternativeNames.isEmpty()) {
                        builder.addExtension(
                                Extension.subjectAlternativeName,
                                false,
                                new GeneralNames(alternativeNames.toArray(GeneralName[]::new)));
                    }
                });
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException, GeneralSecurityException;
    }

    private X509Certificate sign(
            X500Name issuer, X500Name subject, PublicKey publicKey, Instant now, Instant notAfter, Extensions more) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer, serial(), Date.from(now.minus(CLOCK_SKEW)), Date.from(notAfter), subject, publicKey);
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(publicKey));
            more.add(builder);
            return PemFiles.certificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
        } catch (CertIOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a certificate for " + subject, e);
        }
    }

    private static JcaX509ExtensionUtils extensions() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A positive random serial number of 127 bits (RFC 5280 §4.1.2.2: at most 20 octets). */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).setBit(126);
    }
}
