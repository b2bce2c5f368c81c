package io.evzone.auth.login.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.application.AccessGrants;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.token.application.RefreshTokenRotation;
import io.evzone.auth.token.application.SessionIssuer;
import io.evzone.platform.web.ApiException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-issues the caller's tokens for another organization they belong to (any active one for a
 * platform administrator). The session presented (refresh cookie or body) is replaced by a new one,
 * and the organization is remembered for the next login.
 */
@Service
public class SwitchOrganization {

    private final Users users;
    private final AccessGrants grants;
    private final SessionIssuer issuer;
    private final RefreshTokenRotation rotation;
    private final AuditTrail audit;

    public SwitchOrganization(
            Users users, AccessGrants grants, SessionIssuer issuer, RefreshTokenRotation rotation, AuditTrail audit) {
        this.users = users;
        this.grants = grants;
        this.issuer = issuer;
        this.rotation = rotation;
        this.audit = audit;
    }

    public record Switch(UUID userId, UUID organizationId, String refreshSecret, ClientInfo client) {}

    @Transactional
    public LoggedIn handle(Switch request) {
        User user = users.byId(request.userId())
                .filter(User::canLogIn)
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "Account is not active"));
        var grant = grants.switchTo(user, request.organizationId());
        User remembered = user.withLastOrganization(request.organizationId());
        users.update(remembered);
        rotation.find(request.refreshSecret())
                .filter(token -> token.userId().equals(user.id()))
                .ifPresent(token -> rotation.revokeFamily(token.familyId(), "organization-switch"));
        var session = issuer.start(remembered, grant, request.client());
        audit.record(
                AuditEntry.of(AuditType.ORGANIZATION_SWITCHED)
                        .user(user.id())
                        .organization(request.organizationId())
                        .detail("role " + grant.role()),
                request.client());
        return new LoggedIn(remembered, session);
    }
}
