package io.evzone.billing.payments.providers;

import io.evzone.billing.payments.domain.ProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP calls to a provider with a deadline. No answer (connection refused, timeout, 5xx) is an unknown
 * outcome: the payment stays pending and is asked about again. A 4xx is the provider's refusal.
 */
final class ProviderHttp {

    private final String provider;
    private final HttpClient http;
    private final Duration timeout;
    private final JsonMapper json;

    ProviderHttp(String provider, Duration timeout, JsonMapper json) {
        this.provider = provider;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    /** The answer's body as JSON (an empty object for an empty body), after refusing failures. */
    JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ProviderException(provider + " did not answer within " + timeout, false, e);
        } catch (IOException e) {
            throw new ProviderException(provider + " could not be reached: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(provider + " call interrupted", false, e);
        }
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            throw new ProviderException(provider + " answered " + status, false, null);
        }
        if (status >= 400) {
            throw new ProviderException(provider + " refused (" + status + "): " + reason(body), true, null);
        }
        return body;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new ProviderException(provider + " answered something other than JSON", false, e);
        }
    }

    private static String reason(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isObject()) {
            return error.path("message").asString(error.path("code").asString("error"));
        }
        if (body.has("message")) {
            return body.path("message").asString();
        }
        return body.toString();
    }
}
