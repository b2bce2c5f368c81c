package io.evzone.auth.admin;

import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.domain.PasswordPolicy;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserRegistered;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates an active platform administrator ({@code super_admin}): by an operator's command, or on
 * the first run on the embedded database.
 */
@Service
public class CreatePlatformAdmin {

    /** The local-development administrator of the embedded mode; never created anywhere else. */
    public static final String FIRST_RUN_EMAIL = "admin@test.com";

    static final String FIRST_RUN_PASSWORD = "pass";

    private final Users users;
    private final PasswordHasher hasher;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    public CreatePlatformAdmin(
            Users users, PasswordHasher hasher, AuthEvents events, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates an administrator with a password of the operator's choosing (held to the password policy).
     *
     * @throws DomainException CONFLICT when the email already has an account
     */
    @Transactional
    public User create(String email, String password, String name) {
        String normalized = Emails.normalize(email);
        if (normalized == null) {
            throw DomainException.invalid("email: must not be blank");
        }
        String displayName = name == null || name.isBlank() ? "Platform administrator" : name;
        PasswordPolicy.enforce(password, normalized, displayName);
        if (users.byEmail(normalized).isPresent()) {
            throw DomainException.conflict("An account with email " + normalized + " already exists; nothing changed");
        }
        return add(normalized, password, displayName, false);
    }

    /**
     * Creates {@code admin@test.com} / {@code pass}, flagged to change its password, when there is no
     * account at all. Serialized by an advisory lock, so concurrent starts create it once.
     */
    @Transactional
    public Optional<User> seedFirstRun() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('evzone.auth.first-run-admin'))")
                .query()
                .singleRow();
        if (users.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(add(FIRST_RUN_EMAIL, FIRST_RUN_PASSWORD, "Admin", true));
    }

    private User add(String email, String password, String name, boolean mustChangePassword) {
        User admin = User.platformAdministrator(
                UUID.randomUUID(), email, name, hasher.hash(password), mustChangePassword, clock.instant());
        users.add(admin);
        events.publish(
                admin.id(),
                new UserRegistered(
                        admin.id().toString(),
                        email,
                        null,
                        name,
                        UserRegistered.ADMIN,
                        admin.status().name()));
        audit.record(
                AuditEntry.of(AuditType.PLATFORM_ADMIN_CREATED)
                        .user(admin.id())
                        .identifier(email)
                        .detail(mustChangePassword ? "first-run administrator (embedded mode)" : "created by command"),
                ClientInfo.system());
        return admin;
    }
}
