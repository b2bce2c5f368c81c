package io.evzone.gateway.config;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * What the local CA gives the TLS connector: a server key store (in memory, under {@link #ALIAS} with
 * {@code password}) and the CA certificate that chargers' client certificates may chain to.
 *
 * @param caCertificateFile the CA certificate's PEM file, which chargers are told to trust
 */
public record LocalTls(KeyStore serverKeys, char[] password, X509Certificate caCertificate, Path caCertificateFile) {

    public static final String ALIAS = "evzone-server";
}
