package io.evzone.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchTokensTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-for-hs256";

    @Test
    void aDriverTokenIsAnHs256AccessTokenOfTheirOwnSignedWithThePlatformsSecret() throws Exception {
        String token = new BenchTokens(SECRET, Duration.ofMinutes(5)).driver("user-1", "u1@bench.test");

        String[] parts = token.split("\\.");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);
        JsonNode claims =
                JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("iss").asString()).isEqualTo("evzone");
        assertThat(claims.get("typ").asString()).isEqualTo("access");
        assertThat(claims.get("sub").asString()).isEqualTo("user-1");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    void anOrganizationMembersTokenCarriesTheOrganizationAndThePermissions() {
        String token = new BenchTokens(SECRET, Duration.ofMinutes(5))
                .organizationMember("org-1", java.util.List.of("billing.manage", "billing.read"));

        JsonNode claims =
                JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("org").asString()).isEqualTo("org-1");
        assertThat(claims.get("perms").toString()).isEqualTo("[\"billing.manage\",\"billing.read\"]");
        assertThat(claims.get("typ").asString()).isEqualTo("access");
    }

    @Test
    void eachEventIsExpectedOnEveryStreamOfItsUser() {
        assertThat(NotificationsWorkload.expectedMessages(10, 5, 5)).isEqualTo(10);
        assertThat(NotificationsWorkload.expectedMessages(10, 5, 10)).isEqualTo(20);
        assertThat(NotificationsWorkload.expectedMessages(4, 2, 3)).isEqualTo(6);
    }
}
