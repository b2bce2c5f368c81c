package io.evzone.gateway.support;

import io.evzone.gateway.certificate.domain.PemFiles;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Certificate signing requests as a charger makes them (PEM, PKCS#10). */
public final class Csrs {

    private Csrs() {}

    public static KeyPair ecKeys() {
        return keys("EC", 256);
    }

    public static KeyPair keys(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csr(String commonName, KeyPair keys) {
        try {
            String signature = keys.getPublic().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            var request = new JcaPKCS10CertificationRequestBuilder(
                            new X500Name("CN=" + commonName + ",O=EVZone Test Chargers"), keys.getPublic())
                    .build(new JcaContentSignerBuilder(signature).build(keys.getPrivate()));
            return PemFiles.pem(List.of(request));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
