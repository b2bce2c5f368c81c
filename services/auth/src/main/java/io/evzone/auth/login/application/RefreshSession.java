package io.evzone.auth.login.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.application.AccessGrants;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.token.application.RefreshTokenRotation;
import io.evzone.auth.token.application.RefreshTokenRotation.Inspection;
import io.evzone.auth.token.application.SessionIssuer;
import io.evzone.auth.token.domain.RefreshToken;
import io.evzone.contracts.auth.UserSessionsRevoked;
import io.evzone.platform.web.ApiException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exchanges a refresh token for a new pair. The presented token is spent; presenting it again
 * revokes its whole family (the newest token included) and is recorded as a security event. Role
 * and organization are looked up again, so membership changes take effect here.
 */
@Service
public class RefreshSession {

    static final String MISSING = "Refresh token missing";
    static final String INVALID = "Invalid refresh token";
    static final String REUSED = "Refresh token already used; every session of this login was ended. Log in again";
    static final String EXPIRED = "Refresh token expired; log in again";
    static final String REVOKED = "Refresh token revoked; log in again";
    static final String INACTIVE = "Account is not active";

    private final RefreshTokenRotation rotation;
    private final Users users;
    private final AccessGrants grants;
    private final SessionIssuer issuer;
    private final AbuseLimits limits;
    private final AuditTrail audit;
    private final AuthEvents events;
    private final TransactionTemplate transactions;

    public RefreshSession(
            RefreshTokenRotation rotation,
            Users users,
            AccessGrants grants,
            SessionIssuer issuer,
            AbuseLimits limits,
            AuditTrail audit,
            AuthEvents events,
            TransactionTemplate transactions) {
        this.rotation = rotation;
        this.users = users;
        this.grants = grants;
        this.issuer = issuer;
        this.limits = limits;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
    }

    /** Either a new pair or the reason for refusing; refusals commit (a reuse revokes a family). */
    private record Result(LoggedIn loggedIn, String refusal) {}

    public LoggedIn handle(String secret, ClientInfo client) {
        limits.refresh(client);
        if (secret == null || secret.isBlank()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, MISSING);
        }
        Result result = transactions.execute(status -> refresh(secret.trim(), client));
        if (result.refusal() != null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, result.refusal());
        }
        return result.loggedIn();
    }

    private Result refresh(String secret, ClientInfo client) {
        Inspection inspection = rotation.inspect(secret);
        if (inspection instanceof Inspection.Refused refused) {
            return new Result(null, refusal(refused, client));
        }
        RefreshToken token = ((Inspection.Valid) inspection).token();
        Optional<User> user = users.byId(token.userId()).filter(User::canLogIn);
        if (user.isEmpty()) {
            rotation.revokeFamily(token.familyId(), "account-inactive");
            return new Result(null, INACTIVE);
        }
        var grant = grants.resolve(user.get(), token.organizationId());
        var next = rotation.rotate(token, grant.organizationId());
        return new Result(new LoggedIn(user.get(), issuer.continueWith(user.get(), grant, next)), null);
    }

    private String refusal(Inspection.Refused refused, ClientInfo client) {
        if (refused.token() == null) {
            return INVALID;
        }
        return switch (refused.verdict()) {
            case REUSED -> {
                var token = refused.token();
                audit.record(
                        AuditEntry.of(AuditType.REFRESH_TOKEN_REUSED)
                                .user(token.userId())
                                .organization(token.organizationId())
                                .detail("family " + token.familyId() + " revoked"),
                        client);
                events.publish(
                        token.userId(),
                        new UserSessionsRevoked(token.userId().toString(), "FAMILY", RefreshTokenRotation.REUSE));
                yield REUSED;
            }
            case EXPIRED -> EXPIRED;
            case REVOKED, VALID -> REVOKED;
        };
    }
}
