package io.evzone.notification.push.providers;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 access tokens for a Google service account through the JWT bearer grant (RFC 7523): an RS256 assertion
 * signed with the account's key, exchanged at its token URI, kept until shortly before it expires.
 */
public class GoogleAccessTokens {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MARGIN = Duration.ofMinutes(1);

    /** The fields of a service-account JSON key file this needs. */
    public record ServiceAccount(String projectId, String clientEmail, PrivateKey privateKey, String tokenUri) {

        /** @param tokenUri replaces the file's token_uri when not blank */
        public static ServiceAccount parse(String keyFile, String tokenUri, JsonMapper json) {
            JsonNode node = json.readTree(keyFile);
            String pem = node.path("private_key").asString();
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            try {
                PrivateKey key = KeyFactory.getInstance("RSA")
                        .generatePrivate(
                                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
                return new ServiceAccount(
                        node.path("project_id").asString(),
                        node.path("client_email").asString(),
                        key,
                        tokenUri == null || tokenUri.isBlank()
                                ? node.path("token_uri").asString()
                                : tokenUri);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalArgumentException("the service account's private_key is not a PKCS #8 RSA key", e);
            }
        }
    }

    private record Token(String value, Instant expiresAt) {}

    private final ServiceAccount account;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private Token current;

    public GoogleAccessTokens(ServiceAccount account, JsonMapper json, Clock clock) {
        this.account = account;
        this.json = json;
        this.clock = clock;
    }

    public synchronized String token() throws IOException, InterruptedException {
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.expiresAt().minus(MARGIN))) {
            current = exchange(now);
        }
        return current.value();
    }

    /** Forgets the token, after the API refused it. */
    public synchronized void invalidate() {
        current = null;
    }

    private Token exchange(Instant now) throws IOException, InterruptedException {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", account.clientEmail());
        claims.put("scope", SCOPE);
        claims.put("aud", account.tokenUri());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofHours(1)).getEpochSecond());
        String form =
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                        + "&assertion=" + SignedJwt.rs256(claims, account.privateKey(), json);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(account.tokenUri()))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        return new Token(
                body.path("access_token").asString(),
                now.plusSeconds(body.path("expires_in").asLong(3600)));
    }
}
