package io.evzone.platform.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request, for controllers that scope data to it. */
public final class Caller {

    private Caller() {}

    public static AccessTokenClaims current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof EvzoneAuthentication evzone) {
            return evzone.claims();
        }
        throw new AuthenticationCredentialsNotFoundException("No authenticated caller");
    }
}
