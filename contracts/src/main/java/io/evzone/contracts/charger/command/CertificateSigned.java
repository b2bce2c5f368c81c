package io.evzone.contracts.charger.command;

/**
 * The signed certificate chain answering the charger's SignCertificate (PEM, leaf first).
 *
 * @param v2g 2.0.1: the chain is the V2G certificate rather than the charger's own
 */
public record CertificateSigned(String certificateChain, boolean v2g) implements ChargerCommand {

    public CertificateSigned {
        Fields.text(certificateChain, "certificateChain", 10000);
    }
}
