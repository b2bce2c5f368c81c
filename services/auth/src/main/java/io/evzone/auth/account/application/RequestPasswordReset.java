package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.OneTimeToken;
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
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.notification.NotificationRequested.Channel;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": sends a reset code (and, by email, a link) to the address or number given,
 * when it belongs to an active or pending account. The answer never says whether it did.
 */
@Service
public class RequestPasswordReset {

    private static final Set<UserStatus> MAY_RESET = Set.of(UserStatus.ACTIVE, UserStatus.PENDING);

    private final Users users;
    private final OneTimeSecrets secrets;
    private final AccountNotifications notifications;
    private final AuditTrail audit;
    private final AbuseLimits limits;
    private final AuthProperties properties;

    public RequestPasswordReset(
            Users users,
            OneTimeSecrets secrets,
            AccountNotifications notifications,
            AuditTrail audit,
            AbuseLimits limits,
            AuthProperties properties) {
        this.users = users;
        this.secrets = secrets;
        this.notifications = notifications;
        this.audit = audit;
        this.limits = limits;
        this.properties = properties;
    }

    @Transactional
    public void handle(String email, String phone, ClientInfo client) {
        String normalizedEmail = Emails.normalize(email);
        String normalizedPhone = normalizedEmail == null ? Phones.normalize(phone) : null;
        if (normalizedEmail == null && normalizedPhone == null) {
            throw DomainException.invalid("email or phone is required");
        }
        String target = normalizedEmail != null ? normalizedEmail : normalizedPhone;
        limits.codeSending(target, client);
        Optional<User> user = normalizedEmail != null ? users.byEmail(normalizedEmail) : users.byPhone(normalizedPhone);
        user.filter(u -> MAY_RESET.contains(u.status())).ifPresent(u -> {
            Channel channel = normalizedEmail != null ? Channel.EMAIL : Channel.SMS;
            var issued = secrets.issue(
                    u.id(),
                    OneTimeToken.Purpose.PASSWORD_RESET,
                    channel == Channel.EMAIL ? OneTimeToken.Channel.EMAIL : OneTimeToken.Channel.SMS,
                    properties.passwordResetTtl(),
                    true);
            notifications.passwordReset(u, channel, issued.token(), issued.code(), issued.expiresAt());
            audit.record(
                    AuditEntry.of(AuditType.PASSWORD_RESET_REQUESTED)
                            .user(u.id())
                            .identifier(target)
                            .detail("sent by " + channel),
                    client);
        });
    }
}
