package io.evzone.simulator.transport;

import java.nio.file.Path;

/**
 * How chargers authenticate (OCPP 1.6 security whitepaper / 2.0.1 A00): profile 1 is HTTP Basic with
 * {@code password} over {@code ws://}; profile 2 adds TLS ({@code wss://}) with {@code truststore} to trust the
 * CSMS; profile 3 replaces the password with the client certificate in {@code keystore}.
 *
 * @param password the charger password for HTTP Basic (user = charger id), or null
 * @param truststore PKCS12 or JKS file with the CSMS's CA, or a PEM file of CA certificates, or null for the JDK's
 *     default trust
 * @param truststorePassword its password, or null
 * @param keystore PKCS12 or JKS file with the client key and certificate, or null
 * @param keystorePassword its password, or null
 */
public record SecurityOptions(
        String password, Path truststore, String truststorePassword, Path keystore, String keystorePassword) {

    public static final SecurityOptions NONE = new SecurityOptions(null, null, null, null, null);

    public static SecurityOptions basic(String password) {
        return new SecurityOptions(password, null, null, null, null);
    }

    public boolean needsCustomTls() {
        return truststore != null || keystore != null;
    }
}
