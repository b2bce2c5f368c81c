package io.evzone.billing.wallet.web;

import io.evzone.billing.wallet.application.Idempotency;
import io.evzone.platform.security.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a money-moving request through {@link Idempotency}: the request body, as parsed, is hashed
 * (so spacing and field order do not matter) and the answer is stored as JSON.
 */
@Component
public class IdempotentResponses {

    private final Idempotency idempotency;
    private final JsonMapper json;

    public IdempotentResponses(Idempotency idempotency, JsonMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    public <T> T respond(
            String operation, String key, Object request, Class<T> answerType, Supplier<? extends T> work) {
        String hash = sha256(operation + ' ' + json.writeValueAsString(request));
        var call = new Idempotency.Request(Caller.current().userId(), key, operation, hash);
        String answer = idempotency.execute(call, () -> json.writeValueAsString(work.get()));
        return json.readValue(answer, answerType);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
