package io.evzone.simulator.cli;

import io.evzone.simulator.transport.SecurityOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** TLS options shared by simulate and bench (security profiles 2 and 3). */
final class SecurityMixin {
    @Option(names = "--truststore", description = "PKCS12/JKS file with the CSMS's CA (wss://, profile 2)")
    Path truststore;

    @Option(
            names = "--ca-cert",
            description = "PEM file with the CSMS's CA certificate to trust over wss:// instead of a truststore,"
                    + " e.g. the local CA that ./evzone start prints (data/pki/ca.pem)")
    Path caCertificate;

    @Option(names = "--truststore-password", description = "Password of the truststore")
    String truststorePassword;

    @Option(names = "--keystore", description = "PKCS12/JKS file with the charger's client certificate (profile 3)")
    Path keystore;

    @Option(names = "--keystore-password", description = "Password of the keystore")
    String keystorePassword;

    SecurityOptions with(String chargerPassword) {
        return new SecurityOptions(
                chargerPassword,
                caCertificate != null ? caCertificate : truststore,
                truststorePassword,
                keystore,
                keystorePassword);
    }
}
