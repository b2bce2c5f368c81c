package io.evzone.auth.login.application;

import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.domain.Phones;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.device.application.RecognizeDevice;
import io.evzone.auth.organization.application.AccessGrants;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.token.application.SessionIssuer;
import io.evzone.platform.web.ApiException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logs in with an email address or phone number and a password.
 *
 * <p>Order matters: rate limits (per client, per identifier), then the lockout, then the password.
 * An unknown identifier costs the same password hashing as a known one and gets the same 401, so
 * neither the answer nor its timing tells who has an account. Only after the right password does
 * the caller learn that an account is suspended or not verified yet (403).
 */
@Service
public class Login {

    public static final String INVALID_CREDENTIALS = "Invalid credentials";
    static final String SUSPENDED = "Account suspended; contact your administrator";
    static final String NOT_VERIFIED = "Email address not verified; open the link we emailed you, or ask for a new one";

    private final Users users;
    private final PasswordHasher hasher;
    private final AbuseLimits limits;
    private final LoginLockout lockout;
    private final AccessGrants grants;
    private final SessionIssuer issuer;
    private final AuditTrail audit;
    private final RecognizeDevice devices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Login(
            Users users,
            PasswordHasher hasher,
            AbuseLimits limits,
            LoginLockout lockout,
            AccessGrants grants,
            SessionIssuer issuer,
            AuditTrail audit,
            RecognizeDevice devices,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.limits = limits;
        this.lockout = lockout;
        this.grants = grants;
        this.issuer = issuer;
        this.audit = audit;
        this.devices = devices;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Credentials(String email, String phone, String password, ClientInfo client) {}

    public LoggedIn handle(Credentials credentials) {
        String identifier = identifier(credentials);
        ClientInfo client = credentials.client();
        limits.loginAttempt(identifier, client);
        lockout.requireNotLocked(identifier);
        Optional<User> found =
                Emails.looksLikeEmail(identifier) ? users.byEmail(identifier) : users.byPhone(identifier);
        if (found.isEmpty() || found.get().passwordHash() == null) {
            hasher.matchDummy(credentials.password());
            throw failed(identifier, null, client, "no account with a password");
        }
        User user = found.get();
        if (!hasher.matches(credentials.password(), user.passwordHash())) {
            throw failed(identifier, user, client, "wrong password");
        }
        lockout.succeeded(identifier);
        if (!user.canLogIn()) {
            audit.record(
                    AuditEntry.of(AuditType.LOGIN_REFUSED)
                            .user(user.id())
                            .identifier(identifier)
                            .detail("account " + user.status()),
                    client);
            throw DomainException.forbidden(user.status() == UserStatus.PENDING ? NOT_VERIFIED : SUSPENDED);
        }
        return transactions.execute(status -> start(user, credentials.password(), identifier, client));
    }

    private LoggedIn start(User user, String password, String identifier, ClientInfo client) {
        User current = user.loggedIn(clock.instant());
        if (hasher.needsRehash(user.passwordHash())) {
            current = current.withRehashedPassword(hasher.hash(password));
        }
        users.update(current);
        var grant = grants.resolve(current, null);
        var session = issuer.start(current, grant, client);
        devices.handle(current.id(), client, clock.instant());
        audit.record(
                AuditEntry.of(AuditType.LOGIN_SUCCEEDED)
                        .user(user.id())
                        .organization(grant.organizationId())
                        .identifier(identifier),
                client);
        return new LoggedIn(current, session);
    }

    private ApiException failed(String identifier, User user, ClientInfo client, String reason) {
        boolean locked = lockout.failed(identifier);
        audit.record(
                AuditEntry.of(AuditType.LOGIN_FAILED)
                        .user(user == null ? null : user.id())
                        .identifier(identifier)
                        .detail(reason),
                client);
        if (locked) {
            audit.record(
                    AuditEntry.of(AuditType.LOGIN_LOCKED_OUT)
                            .user(user == null ? null : user.id())
                            .identifier(identifier)
                            .detail("locked for " + lockout.lockDuration()),
                    client);
        }
        return new ApiException(HttpStatus.UNAUTHORIZED, INVALID_CREDENTIALS);
    }

    private static String identifier(Credentials credentials) {
        String email = credentials.email() == null || credentials.email().isBlank() ? null : credentials.email();
        String phone = credentials.phone() == null || credentials.phone().isBlank() ? null : credentials.phone();
        if (email == null && phone == null
                || credentials.password() == null
                || credentials.password().isEmpty()) {
            throw DomainException.invalid("email or phone, and password, are required");
        }
        return email != null ? Emails.normalize(email) : Phones.normalize(phone);
    }
}
