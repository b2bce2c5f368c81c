package io.evzone.notification.delivery.providers;

import io.evzone.notification.delivery.domain.SendOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Form-encoded POSTs to providers' HTTP APIs, with a bounded wait. */
final class HttpForms {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private HttpForms() {}

    /**
     * Posts the form and reads the answer; an unreachable provider is a {@link SendOutcome.Retryable}.
     *
     * @param headers name/value pairs
     */
    static SendOutcome send(
            String url,
            Map<String, String> form,
            Function<HttpResponse<String>, SendOutcome> answer,
            String... headers) {
        try {
            return answer.apply(post(url, form, headers));
        } catch (IOException e) {
            return new SendOutcome.Retryable("unreachable: " + e.getMessage());
        }
    }

    private static HttpResponse<String> post(String url, Map<String, String> form, String... headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + url, e);
        }
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Whether a status says the provider is in trouble rather than refusing this message. */
    static boolean isTransient(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
