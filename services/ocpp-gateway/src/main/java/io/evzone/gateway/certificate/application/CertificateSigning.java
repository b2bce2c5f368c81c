package io.evzone.gateway.certificate.application;

import io.evzone.gateway.certificate.domain.ChargerCertificates.Decision;
import io.evzone.gateway.certificate.domain.LocalPki;
import io.evzone.gateway.rpc.ChargerSession;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A charger's SignCertificate (1.6 Security Whitepaper, 2.0.1 A02/A03): the local CA signs the request
 * when its common name is the charger's identity (case-insensitive), the answer is Accepted, and the
 * certificate follows in a CertificateSigned CALL. Any other request is answered Rejected.
 */
@Component
public class CertificateSigning {

    /** 2.0.1 certificateType of a certificate for the charger's own TLS connection (the only kind signed here). */
    public static final String CHARGING_STATION_CERTIFICATE = "ChargingStationCertificate";

    private final ObjectProvider<LocalPki> pki;
    private final SecurityEvents securityEvents;
    private final CertificateDelivery delivery;
    private final ExecutorService signers = Executors.newVirtualThreadPerTaskExecutor();

    CertificateSigning(ObjectProvider<LocalPki> pki, SecurityEvents securityEvents, CertificateDelivery delivery) {
        this.pki = pki;
        this.securityEvents = securityEvents;
        this.delivery = delivery;
    }

    /**
     * @param certificateType the 2.0.1 certificateType as sent (null: 1.6, or not given)
     * @return whether the request is accepted
     */
    public CompletableFuture<Boolean> sign(ChargerSession session, String csr, String certificateType) {
        String id = session.chargePointId();
        LocalPki local = pki.getIfAvailable();
        if (local == null) {
            securityEvents.rejected(id, "SignCertificate", "this gateway runs no certificate authority", false);
            return CompletableFuture.completedFuture(false);
        }
        if (certificateType != null && !CHARGING_STATION_CERTIFICATE.equals(certificateType)) {
            securityEvents.rejected(
                    id, "SignCertificate", "the local CA signs no " + certificateType + " requests", false);
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        // Signed off the WebSocket thread; by the time it is done the answer's frame is chained to this future,
        // so completing it queues the CALLRESULT before the CertificateSigned CALL that must follow it.
        signers.execute(() -> {
            Decision decision = local.chargers().sign(csr, id, Instant.now());
            switch (decision) {
                case Decision.Refused refused -> {
                    securityEvents.rejected(id, "SignCertificate", refused.reason(), refused.identityMismatch());
                    answer.complete(false);
                }
                case Decision.Signed signed -> {
                    String serial = signed.certificate().getSerialNumber().toString(16);
                    securityEvents.accepted(
                            id,
                            "SignCertificate",
                            Map.of(
                                    "serialNumber",
                                    serial,
                                    "notAfter",
                                    signed.certificate()
                                            .getNotAfter()
                                            .toInstant()
                                            .toString()));
                    answer.complete(true);
                    delivery.deliver(session, signed.chain(), serial);
                }
            }
        });
        return answer;
    }
}
