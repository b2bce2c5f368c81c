package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserActivated;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proves an email address with the link we sent: a pending account becomes active. */
@Service
public class VerifyEmail {

    static final String INVALID = "Invalid or expired verification link";

    private final OneTimeSecrets secrets;
    private final Users users;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public VerifyEmail(OneTimeSecrets secrets, Users users, AuthEvents events, AuditTrail audit, Clock clock) {
        this.secrets = secrets;
        this.users = users;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void handle(String token, ClientInfo client) {
        OneTimeToken spent = secrets.redeem(token, null, OneTimeToken.Purpose.EMAIL_VERIFICATION)
                .orElseThrow(() -> DomainException.invalid(INVALID));
        User user = users.byId(spent.userId())
                .filter(u -> !u.isDeleted())
                .orElseThrow(() -> DomainException.invalid(INVALID));
        User verified = user.verifyEmail(clock.instant());
        users.update(verified);
        if (user.status() == UserStatus.PENDING && verified.status() == UserStatus.ACTIVE) {
            events.publish(user.id(), new UserActivated(user.id().toString(), "email-verification"));
        }
        audit.record(AuditEntry.of(AuditType.EMAIL_VERIFIED).user(user.id()), client);
    }
}
