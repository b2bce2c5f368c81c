package io.evzone.platform.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The caller of a request, from a verified access token. Authorities are the permission codes. */
public final class EvzoneAuthentication extends AbstractAuthenticationToken {

    private final AccessTokenClaims claims;
    private final TokenSource source;

    public enum TokenSource {
        BEARER,
        COOKIE
    }

    public EvzoneAuthentication(AccessTokenClaims claims, TokenSource source) {
        super(authorities(claims));
        this.claims = claims;
        this.source = source;
        setAuthenticated(true);
    }

    private static Collection<? extends GrantedAuthority> authorities(AccessTokenClaims claims) {
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>(
                claims.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        if (claims.role() != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + claims.role()));
        }
        return authorities;
    }

    public AccessTokenClaims claims() {
        return claims;
    }

    public TokenSource source() {
        return source;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return claims.userId();
    }
}
