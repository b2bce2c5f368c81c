package io.evzone.contracts.charger.command;

import java.time.Instant;

/**
 * Download and install firmware. With a signature it is the secure update (1.6 SignedUpdateFirmware, 2.0.1
 * UpdateFirmware with signing certificate and signature); without, 1.6's plain UpdateFirmware.
 */
public record UpdateFirmware(
        Integer requestId,
        String location,
        Instant retrieveAt,
        Instant installAt,
        Integer retries,
        Integer retryIntervalSeconds,
        Signature signature)
        implements ChargerCommand {

    /** @param signingCertificate PEM @param signature base64 of the firmware's signature */
    public record Signature(String signingCertificate, String signature) {

        public Signature {
            Fields.text(signingCertificate, "signature.signingCertificate", 5500);
            Fields.text(signature, "signature.signature", 800);
        }
    }

    public UpdateFirmware {
        Fields.required(requestId, "requestId");
        Fields.text(location, "location", 512);
        Fields.required(retrieveAt, "retrieveAt");
        Fields.atLeast(retries, 0, "retries");
        Fields.atLeast(retryIntervalSeconds, 0, "retryIntervalSeconds");
    }

    public boolean signed() {
        return signature != null;
    }
}
