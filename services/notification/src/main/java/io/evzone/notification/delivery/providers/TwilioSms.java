package io.evzone.notification.delivery.providers;

import io.evzone.notification.delivery.application.SmsProvider;
import io.evzone.notification.delivery.domain.SendOutcome;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio's Programmable Messaging API: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with HTTP basic
 * authentication (account SID and auth token), answered 201 with the message's {@code sid}. Twilio reports delivery
 * to {@code statusCallback}.
 */
public class TwilioSms implements SmsProvider {

    /** @param baseUrl {@code https://api.twilio.com} in production */
    public record Account(String baseUrl, String accountSid, String authToken, String from, String statusCallback) {}

    private final Account account;
    private final JsonMapper json;

    public TwilioSms(Account account, JsonMapper json) {
        this.account = account;
        this.json = json;
    }

    @Override
    public String name() {
        return "twilio";
    }

    @Override
    public SendOutcome send(String e164, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", e164);
        form.put("From", account.from());
        form.put("Body", text);
        if (account.statusCallback() != null) {
            form.put("StatusCallback", account.statusCallback());
        }
        String credentials = Base64.getEncoder()
                .encodeToString((account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
        return HttpForms.send(
                account.baseUrl() + "/2010-04-01/Accounts/" + account.accountSid() + "/Messages.json",
                form,
                this::outcome,
                "Authorization",
                "Basic " + credentials);
    }

    private SendOutcome outcome(HttpResponse<String> response) {
        JsonNode body = readOrEmpty(response.body());
        if (response.statusCode() / 100 == 2) {
            return new SendOutcome.Sent(name(), body.path("sid").asString(null));
        }
        String reason = "HTTP " + response.statusCode() + " code "
                + body.path("code").asString("?") + ": " + body.path("message").asString("");
        return HttpForms.isTransient(response.statusCode())
                ? new SendOutcome.Retryable(reason)
                : new SendOutcome.Rejected("twilio " + reason);
    }

    private JsonNode readOrEmpty(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }
}
