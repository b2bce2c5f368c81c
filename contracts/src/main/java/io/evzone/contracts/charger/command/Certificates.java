package io.evzone.contracts.charger.command;

/** The values certificate management shares. */
public final class Certificates {

    private Certificates() {}

    /** What a root certificate is trusted for. V2G and MO roots, and V2G chains, are 2.0.1 only. */
    public enum Use {
        CSMS_ROOT,
        MANUFACTURER_ROOT,
        V2G_ROOT,
        MO_ROOT,
        V2G_CERTIFICATE_CHAIN
    }

    public enum HashAlgorithm {
        SHA256,
        SHA384,
        SHA512
    }

    /** Identifies an installed certificate (RFC 6960 CertID). */
    public record Hash(HashAlgorithm hashAlgorithm, String issuerNameHash, String issuerKeyHash, String serialNumber) {

        public Hash {
            Fields.required(hashAlgorithm, "hash.hashAlgorithm");
            Fields.text(issuerNameHash, "hash.issuerNameHash", 128);
            Fields.text(issuerKeyHash, "hash.issuerKeyHash", 128);
            Fields.text(serialNumber, "hash.serialNumber", 40);
        }
    }
}
