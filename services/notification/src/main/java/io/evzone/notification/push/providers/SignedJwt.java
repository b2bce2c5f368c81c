package io.evzone.notification.push.providers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A compact JWS (RFC 7515) over JSON claims: ES256 for VAPID, RS256 for Google's service accounts. */
final class SignedJwt {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SignedJwt() {}

    static String es256(Map<String, Object> claims, PrivateKey key, JsonMapper json) {
        // RFC 7518 §3.4: the signature is R || S, not DER
        return sign("ES256", "SHA256withECDSAinP1363Format", claims, key, json);
    }

    static String rs256(Map<String, Object> claims, PrivateKey key, JsonMapper json) {
        return sign("RS256", "SHA256withRSA", claims, key, json);
    }

    private static String sign(
            String algorithm, String jcaName, Map<String, Object> claims, PrivateKey key, JsonMapper json) {
        String signingInput = part(json.writeValueAsBytes(Map.of("typ", "JWT", "alg", algorithm))) + "."
                + part(json.writeValueAsBytes(claims));
        try {
            Signature signature = Signature.getInstance(jcaName);
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + part(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a " + algorithm + " token", e);
        }
    }

    private static String part(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }
}
