package io.evzone.auth.shared;

/**
 * Who is on the other end of a request, for rate limits and the audit log.
 *
 * @param ip the client's IP address as the server sees it (behind a proxy, only meaningful when
 *     forwarded headers are trusted)
 * @param userAgent the {@code User-Agent} header, shortened, or null
 */
public record ClientInfo(String ip, String userAgent) {

    private static final int MAX_USER_AGENT = 256;

    public ClientInfo {
        ip = ip == null || ip.isBlank() ? "unknown" : ip;
        userAgent = userAgent == null || userAgent.isBlank()
                ? null
                : userAgent.substring(0, Math.min(userAgent.length(), MAX_USER_AGENT));
    }

    /** For work that no HTTP request caused (commands, start-up). */
    public static ClientInfo system() {
        return new ClientInfo("system", null);
    }
}
