package io.evzone.gateway.certificate.domain;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Signs chargers' certificate signing requests (OCPP 1.6 Security Whitepaper §3 and 2.0.1 A02/A03,
 * SignCertificate) with the {@link LocalCa}: a client certificate for security profile 3 whose
 * subject is the request's, after checking that the request is signed by its own key and that its
 * common name is the charger's identity.
 */
public final class ChargerCertificates {

    private static final int MIN_RSA_BITS = 2048;

    private final LocalCa ca;
    private final Duration validity;

    public ChargerCertificates(LocalCa ca, Duration validity) {
        this.ca = ca;
        this.validity = validity;
    }

    /** What became of a request. */
    public sealed interface Decision {
        /** @param chain the PEM text of the new certificate followed by the CA's, as CertificateSigned carries it */
        record Signed(X509Certificate certificate, String chain) implements Decision {}

        /** @param identityMismatch the request names another charger: a security event, not a malformed request */
        record Refused(String reason, boolean identityMismatch) implements Decision {}
    }

    public Decision sign(String csrPem, String chargePointId, Instant now) {
        Optional<JcaPKCS10CertificationRequest> parsed = PemFiles.objects(csrPem).stream()
                .filter(PKCS10CertificationRequest.class::isInstance)
                .map(request -> new JcaPKCS10CertificationRequest((PKCS10CertificationRequest) request))
                .findFirst();
        if (parsed.isEmpty()) {
            return new Decision.Refused("not a PEM certificate signing request", false);
        }
        JcaPKCS10CertificationRequest csr = parsed.get();
        PublicKey key;
        try {
            key = csr.getPublicKey();
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                return new Decision.Refused("the request is not signed by the key it carries", false);
            }
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            return new Decision.Refused("unreadable public key or signature: " + e.getMessage(), false);
        }
        Optional<String> weakness = weakness(key);
        if (weakness.isPresent()) {
            return new Decision.Refused(weakness.get(), false);
        }
        String commonName = commonName(csr).orElse(null);
        // The certificate authenticates the charger in security profile 3, whose CN must be its identity.
        if (commonName == null || !commonName.equalsIgnoreCase(chargePointId)) {
            return new Decision.Refused(
                    "the common name " + (commonName == null ? "(none)" : "'" + commonName + "'")
                            + " is not the charger's identity '" + chargePointId + "'",
                    true);
        }
        X509Certificate certificate =
                ca.issue(csr.getSubject(), key, KeyPurposeId.id_kp_clientAuth, List.of(), now, validity);
        return new Decision.Signed(certificate, PemFiles.pem(List.of(certificate, ca.certificate())));
    }

    private static Optional<String> weakness(PublicKey key) {
        return switch (key) {
            case RSAPublicKey rsa
            when rsa.getModulus().bitLength() < MIN_RSA_BITS ->
                Optional.of("an RSA key of " + rsa.getModulus().bitLength() + " bits (at least 2048 wanted)");
            case RSAPublicKey rsa -> Optional.empty();
            case ECPublicKey ec -> Optional.empty();
            default -> Optional.of("a " + key.getAlgorithm() + " key (RSA or EC wanted)");
        };
    }

    private static Optional<String> commonName(JcaPKCS10CertificationRequest csr) {
        RDN[] names = csr.getSubject().getRDNs(BCStyle.CN);
        return names.length == 0
                ? Optional.empty()
                : Optional.of(
                        names[0].getFirst().getValue() instanceof ASN1String text
                                ? text.getString()
                                : names[0].getFirst().getValue().toString());
    }
}
