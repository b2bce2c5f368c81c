package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.shared.AbuseLimits;
import io.evzone.auth.shared.AuthProperties;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a new verification link to a pending account. Says nothing about whether the address has
 * an account: the answer is always the same.
 */
@Service
public class ResendVerificationEmail {

    private final Users users;
    private final OneTimeSecrets secrets;
    private final AccountNotifications notifications;
    private final AbuseLimits limits;
    private final AuthProperties properties;

    public ResendVerificationEmail(
            Users users,
            OneTimeSecrets secrets,
            AccountNotifications notifications,
            AbuseLimits limits,
            AuthProperties properties) {
        this.users = users;
        this.secrets = secrets;
        this.notifications = notifications;
        this.limits = limits;
        this.properties = properties;
    }

    @Transactional
    public void handle(String email, ClientInfo client) {
        String normalized = Emails.normalize(email);
        if (normalized == null) {
            throw DomainException.invalid("email: must not be blank");
        }
        limits.codeSending(normalized, client);
        users.byEmail(normalized)
                .filter(user -> user.status() == UserStatus.PENDING)
                .ifPresent(user -> {
                    var issued = secrets.issue(
                            user.id(),
                            OneTimeToken.Purpose.EMAIL_VERIFICATION,
                            OneTimeToken.Channel.EMAIL,
                            properties.emailVerificationTtl(),
                            false);
                    notifications.verifyEmail(user, issued.token(), issued.expiresAt());
                });
    }
}
