package io.evzone.notification.delivery.providers;

import io.evzone.notification.delivery.application.SmsProvider;
import io.evzone.notification.delivery.domain.SendOutcome;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Africa's Talking bulk SMS API: {@code POST /version1/messaging} with the {@code apiKey} header and the form fields
 * {@code username}, {@code to}, {@code message} (and {@code from} for a registered sender id). The answer lists each
 * recipient with a {@code statusCode}: 100 (processed), 101 (sent) and 102 (queued) are accepted.
 */
public class AfricasTalkingSms implements SmsProvider {

    /** @param baseUrl {@code https://api.africastalking.com} ({@code api.sandbox...} for the sandbox) */
    public record Account(String baseUrl, String username, String apiKey, String from) {}

    private static final Set<Integer> ACCEPTED = Set.of(100, 101, 102);
    /** Per-recipient codes that mean the provider, not the number, is in trouble. */
    private static final Set<Integer> TRANSIENT = Set.of(405, 406, 500, 501, 502);

    private final Account account;
    private final JsonMapper json;

    public AfricasTalkingSms(Account account, JsonMapper json) {
        this.account = account;
        this.json = json;
    }

    @Override
    public String name() {
        return "africas-talking";
    }

    @Override
    public SendOutcome send(String e164, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", account.username());
        form.put("to", e164);
        form.put("message", text);
        if (account.from() != null) {
            form.put("from", account.from());
        }
        return HttpForms.send(
                account.baseUrl() + "/version1/messaging", form, this::outcome, "apiKey", account.apiKey());
    }

    private SendOutcome outcome(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            String reason = "HTTP " + response.statusCode() + ": " + response.body();
            return HttpForms.isTransient(response.statusCode())
                    ? new SendOutcome.Retryable(reason)
                    : new SendOutcome.Rejected("africas-talking " + reason);
        }
        JsonNode recipient = json.readTree(response.body())
                .path("SMSMessageData")
                .path("Recipients")
                .path(0);
        int code = recipient.path("statusCode").asInt(-1);
        if (ACCEPTED.contains(code)) {
            return new SendOutcome.Sent(name(), recipient.path("messageId").asString(null));
        }
        String reason = "status " + code + " " + recipient.path("status").asString("no recipient in the answer");
        return TRANSIENT.contains(code) || code == -1
                ? new SendOutcome.Retryable(reason)
                : new SendOutcome.Rejected("africas-talking " + reason);
    }
}
