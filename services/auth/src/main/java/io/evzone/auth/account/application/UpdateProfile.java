package io.evzone.auth.account.application;

import io.evzone.auth.account.domain.Phones;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserUpdated;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a user's name, phone number or country, by the user or an administrator. A null field
 * stays as it is; an empty phone or country removes it.
 */
@Service
public class UpdateProfile {

    private final Users users;
    private final AuthEvents events;
    private final AuditTrail audit;

    public UpdateProfile(Users users, AuthEvents events, AuditTrail audit) {
        this.users = users;
        this.events = events;
        this.audit = audit;
    }

    public record Update(UUID userId, String name, String phone, String country, String actorId, ClientInfo client) {}

    @Transactional
    public User handle(Update update) {
        User user = users.byId(update.userId())
                .filter(u -> !u.isDeleted())
                .orElseThrow(() -> DomainException.notFound("User " + update.userId() + " not found"));
        String name = update.name() == null ? user.name() : update.name();
        String phone = update.phone() == null ? user.phone() : Phones.normalize(update.phone());
        String country = update.country() == null ? user.country() : country(update.country());
        User changed = user.withProfile(name, phone, country);
        if (changed.equals(user)) {
            return user;
        }
        users.update(changed);
        events.publish(
                user.id(),
                new UserUpdated(
                        user.id().toString(),
                        changed.email(),
                        changed.phone(),
                        changed.name(),
                        changed.country(),
                        update.actorId()));
        audit.record(AuditEntry.of(AuditType.USER_UPDATED).user(user.id()).actor(update.actorId()), update.client());
        return changed;
    }

    private static String country(String code) {
        if (code.isBlank()) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}")) {
            throw DomainException.invalid("country: must be a two-letter ISO 3166 code such as UG");
        }
        return upper;
    }
}
