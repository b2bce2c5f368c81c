package io.evzone.auth.shared.web;

import io.evzone.auth.shared.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** Reads {@link ClientInfo} from a request. */
public final class ClientInfos {

    private ClientInfos() {}

    /**
     * The remote address as the servlet container reports it. Behind a reverse proxy, the container
     * resolves {@code X-Forwarded-For} only from trusted proxies ({@code server.forward-headers-strategy});
     * this class never reads that header itself, because any client can send it.
     */
    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
