package io.evzone.gateway.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/**
 * The TLS connector that security profiles 2 and 3 share (client certificate wanted, not needed:
 * profile 2 chargers send none). Its server certificate comes from the configured keystore, or else
 * from the local CA; chargers' certificates are trusted when they chain to the configured truststore
 * or to the local CA.
 */
final class TlsConnectors {

    static final String LOCAL_CA_ALIAS = "evzone-local-ca";

    private TlsConnectors() {}

    /** {@code local} is null when the local CA is off. */
    static Connector create(GatewayProperties.Tls tls, LocalTls local) {
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(tls.port());
        connector.setScheme("https");
        connector.setSecure(true);
        AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);
        SSLHostConfig ssl = new SSLHostConfig();
        // "optional": ask for a client certificate and verify one if sent (profile 3), accept none (profile 2).
        ssl.setCertificateVerification("optional");
        if (local != null) {
            ssl.setTrustStore(trustStore(tls, local));
        } else if (tls.hasTruststore()) {
            ssl.setTruststoreFile(tls.truststore());
            ssl.setTruststorePassword(tls.truststorePassword());
            ssl.setTruststoreType(tls.truststoreType());
        }
        SSLHostConfigCertificate certificate =
                new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.UNDEFINED);
        if (tls.hasKeystore()) {
            certificate.setCertificateKeystoreFile(tls.keystore());
            certificate.setCertificateKeystorePassword(tls.keystorePassword());
            certificate.setCertificateKeystoreType(tls.keystoreType());
        } else {
            certificate.setCertificateKeystore(local.serverKeys());
            certificate.setCertificateKeystorePassword(new String(local.password()));
            certificate.setCertificateKeyAlias(LocalTls.ALIAS);
        }
        ssl.addCertificate(certificate);
        protocol.addSslHostConfig(ssl);
        return connector;
    }

    /** The configured truststore's CAs, if any, and the local CA. */
    static KeyStore trustStore(GatewayProperties.Tls tls, LocalTls local) {
        try {
            KeyStore store = KeyStore.getInstance(tls.hasTruststore() ? tls.truststoreType() : "PKCS12");
            if (tls.hasTruststore()) {
                char[] password = tls.truststorePassword() == null
                        ? null
                        : tls.truststorePassword().toCharArray();
                try (InputStream in = Files.newInputStream(Path.of(tls.truststore()))) {
                    store.load(in, password);
                }
            } else {
                store.load(null, null);
            }
            store.setCertificateEntry(LOCAL_CA_ALIAS, local.caCertificate());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the truststore " + tls.truststore(), e);
        }
    }
}
