package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.domain.PasswordPolicy;
import io.evzone.auth.account.domain.Phones;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.AuthProperties;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserRegistered;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service registration: a pending account and a verification email; no login. The answer is
 * the same whether or not the address already has an account (the owner is told by email instead),
 * so registration cannot be used to find out who has an account.
 */
@Service
public class RegisterUser {

    private final Users users;
    private final PasswordHasher hasher;
    private final OneTimeSecrets secrets;
    private final AccountNotifications notifications;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final AbuseLimits limits;
    private final AuthProperties properties;
    private final Clock clock;

    public RegisterUser(
            Users users,
            PasswordHasher hasher,
            OneTimeSecrets secrets,
            AccountNotifications notifications,
            AuthEvents events,
            AuditTrail audit,
            AbuseLimits limits,
            AuthProperties properties,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.secrets = secrets;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    public record Registration(String email, String name, String password, String phone, ClientInfo client) {}

    /** What the caller learns: the same shape whether the address was new or not. */
    public record Registered(UUID userId, String email) {}

    @Transactional
    public Registered handle(Registration registration) {
        String email = Emails.normalize(registration.email());
        if (email == null) {
            throw DomainException.invalid("email: must not be blank");
        }
        String phone = Phones.normalize(registration.phone());
        limits.codeSending(email, registration.client());
        PasswordPolicy.enforce(registration.password(), email, phone, registration.name());
        String hash = hasher.hash(registration.password()); // also for known addresses: same work, same timing
        Optional<User> existing = users.byEmail(email);
        if (existing.isPresent()) {
            answerExisting(existing.get());
            return new Registered(UUID.randomUUID(), email);
        }
        if (phone != null && users.byPhone(phone).isPresent()) {
            phone = null; // the number belongs to another account; the user can add a number of theirs later
        }
        User user = User.register(UUID.randomUUID(), email, phone, registration.name(), hash, clock.instant());
        users.add(user);
        sendVerification(user);
        events.publish(
                user.id(),
                new UserRegistered(
                        user.id().toString(),
                        email,
                        phone,
                        user.name(),
                        UserRegistered.SELF_SERVICE,
                        user.status().name()));
        audit.record(AuditEntry.of(AuditType.USER_REGISTERED).user(user.id()).identifier(email), registration.client());
        return new Registered(user.id(), email);
    }

    private void answerExisting(User existing) {
        if (existing.status() == UserStatus.PENDING) {
            sendVerification(existing);
        } else {
            notifications.alreadyRegistered(existing);
        }
    }

    private void sendVerification(User user) {
        var issued = secrets.issue(
                user.id(),
                OneTimeToken.Purpose.EMAIL_VERIFICATION,
                OneTimeToken.Channel.EMAIL,
                properties.emailVerificationTtl(),
                false);
        notifications.verifyEmail(user, issued.token(), issued.expiresAt());
    }
}
