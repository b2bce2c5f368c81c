package io.evzone.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP client of the auth service, with its own client address ({@code X-Forwarded-For}), so
 * per-client rate limits count each client separately.
 */
public final class AuthClient {

    public static final String ALLOWED_ORIGIN = "http://localhost:5173";
    public static final String FOREIGN_ORIGIN = "https://evil.example";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestHttp http;
    private final String address;

    public AuthClient(int port) {
        this.http = new TestHttp(port);
        int n = NEXT_ADDRESS.getAndIncrement();
        this.address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    public String address() {
        return address;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return http.get(path, with(headers));
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return http.post(path, json, with(headers));
    }

    public HttpResponse<String> patch(String path, String json, String... headers) {
        return http.patch(path, json, with(headers));
    }

    public HttpResponse<String> put(String path, String json, String... headers) {
        return http.put(path, json, with(headers));
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return http.delete(path, with(headers));
    }

    public HttpResponse<String> loginResponse(String email, String password, String... headers) {
        return post("/api/v1/auth/login", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password), headers);
    }

    /** Logs in and expects it to work. */
    public Session login(String email, String password) {
        HttpResponse<String> response = loginResponse(email, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Session.of(response);
    }

    /** Refreshes with the refresh token in its cookie, from an allowed origin. */
    public HttpResponse<String> refreshWithCookie(String refreshToken) {
        return post(
                "/api/v1/auth/refresh",
                null,
                "Cookie",
                "evzone_refresh_token=" + refreshToken,
                "Origin",
                ALLOWED_ORIGIN);
    }

    public HttpResponse<String> refreshWithBody(String refreshToken) {
        return post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    private String[] with(String... headers) {
        String[] all = Arrays.copyOf(new String[] {"X-Forwarded-For", address}, 2 + headers.length);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** The response's {@code Set-Cookie} headers by cookie name. */
    public static Map<String, String> cookies(HttpResponse<String> response) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : response.headers().allValues("set-cookie")) {
            cookies.put(header.substring(0, header.indexOf('=')), header);
        }
        return cookies;
    }

    /** The attributes of a {@code Set-Cookie} header: {@code Path=/}, {@code HttpOnly}, ... */
    public static List<String> attributes(String setCookie) {
        List<String> parts = new ArrayList<>(Arrays.asList(setCookie.split(";\\s*")));
        parts.removeFirst();
        return parts;
    }

    public static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    /** The tokens and user of a successful login, refresh or switch. */
    public record Session(String accessToken, String refreshToken, JsonNode user, HttpResponse<String> response) {

        public static Session of(HttpResponse<String> response) {
            JsonNode body = json(response);
            return new Session(
                    body.get("accessToken").asString(),
                    body.get("refreshToken").asString(),
                    body.get("user"),
                    response);
        }

        public String[] bearer() {
            return new String[] {"Authorization", "Bearer " + accessToken};
        }

        public String[] accessCookie() {
            return new String[] {"Cookie", "evzone_access_token=" + accessToken};
        }

        public String userId() {
            return user.get("id").asString();
        }
    }
}
