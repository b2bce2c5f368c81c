package io.evzone.simulator.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS context for security profiles 2 and 3 from key store files (or PEM certificates to trust). */
final class TlsContexts {
    private TlsContexts() {}

    static SSLContext create(SecurityOptions options) {
        try {
            var keyManagers = options.keystore() == null ? null : keyManagers(options);
            var trustManagers = options.truststore() == null ? null : trustManagers(options);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static javax.net.ssl.KeyManager[] keyManagers(SecurityOptions options) throws GeneralSecurityException {
        char[] password = chars(options.keystorePassword());
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(load(options.keystore(), password), password);
        return factory.getKeyManagers();
    }

    private static javax.net.ssl.TrustManager[] trustManagers(SecurityOptions options) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(load(options.truststore(), chars(options.truststorePassword())));
        return factory.getTrustManagers();
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException {
        if (isPem(file)) {
            return pemCertificates(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // KeyStore.getInstance(File, ...) would detect the type, but needs the file twice; PKCS12 reads JKS too.
            KeyStore store = KeyStore.getInstance(file.toString().endsWith(".jks") ? "JKS" : "PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key store " + file, e);
        }
    }

    private static boolean isPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(11), StandardCharsets.US_ASCII).equals("-----BEGIN ");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The certificates of a PEM file (a CA certificate such as the local CA's ca.pem), as a trust store. */
    private static KeyStore pemCertificates(Path file) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int index = 0;
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read certificates from " + file, e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
