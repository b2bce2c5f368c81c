package io.evzone.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Signs and verifies EVZone access tokens: HS256 JWTs with the shared {@code JWT_SECRET}. Only
 * HS256 is accepted, so {@code alg: none} and algorithm-confusion tokens are refused.
 */
public final class AccessTokenCodec {

    static final String ISSUER = "evzone";
    static final String TOKEN_TYPE = "access";
    private static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;
    private final Clock clock;

    public AccessTokenCodec(String secret, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("JWT_SECRET must be set to at least " + MIN_SECRET_BYTES
                    + " bytes (for example: openssl rand -base64 48)");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String issue(AccessTokenClaims claims, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(claims.userId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("typ", TOKEN_TYPE)
                .claim("email", claims.email())
                .claim("org", claims.organizationId())
                .claim("role", claims.role())
                .claim("perms", List.copyOf(claims.permissions()))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                set);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign access token", e);
        }
        return jwt.serialize();
    }

    public AccessTokenClaims verify(String token) {
        SignedJWT jwt = parse(token);
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("Unsupported token algorithm");
        }
        if (!verifySignature(jwt)) {
            throw new InvalidTokenException("Invalid token signature");
        }
        JWTClaimsSet set = claimsOf(jwt);
        if (!ISSUER.equals(set.getIssuer()) || !TOKEN_TYPE.equals(set.getClaim("typ"))) {
            throw new InvalidTokenException("Not an EVZone access token");
        }
        Date expiry = set.getExpirationTime();
        if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
            throw new InvalidTokenException("Access token expired");
        }
        return toClaims(set, expiry.toInstant());
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidTokenException("Malformed token");
        }
    }

    private boolean verifySignature(SignedJWT jwt) {
        try {
            return jwt.verify(new MACVerifier(secret));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException("Malformed token claims");
        }
    }

    private static AccessTokenClaims toClaims(JWTClaimsSet set, Instant expiry) {
        try {
            List<String> permissions = set.getStringListClaim("perms");
            return new AccessTokenClaims(
                    set.getSubject(),
                    set.getStringClaim("email"),
                    set.getStringClaim("org"),
                    set.getStringClaim("role"),
                    permissions == null ? Set.of() : new HashSet<>(permissions),
                    expiry);
        } catch (ParseException | NullPointerException e) {
            throw new InvalidTokenException("Malformed token claims");
        }
    }
}
