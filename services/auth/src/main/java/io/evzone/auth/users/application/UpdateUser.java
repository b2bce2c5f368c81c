package io.evzone.auth.users.application;

import io.evzone.auth.account.application.SessionRevocation;
import io.evzone.auth.account.application.UpdateProfile;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.application.ChangeMembership;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.Roles;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.Ids;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.UserRoleChanged;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's change to a user, all in one transaction: profile fields, the role in an
 * organization (the caller's active one unless {@code organizationId} says otherwise), the status
 * (suspend / reactivate), and, for platform administrators only, the platform role.
 */
@Service
public class UpdateUser {

    private final Users users;
    private final Memberships memberships;
    private final UpdateProfile updateProfile;
    private final ChangeMembership changeMembership;
    private final ChangeUserStatus changeStatus;
    private final SessionRevocation sessions;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final UserViews views;

    public UpdateUser(
            Users users,
            Memberships memberships,
            UpdateProfile updateProfile,
            ChangeMembership changeMembership,
            ChangeUserStatus changeStatus,
            SessionRevocation sessions,
            AuthEvents events,
            AuditTrail audit,
            UserViews views) {
        this.users = users;
        this.memberships = memberships;
        this.updateProfile = updateProfile;
        this.changeMembership = changeMembership;
        this.changeStatus = changeStatus;
        this.sessions = sessions;
        this.events = events;
        this.audit = audit;
        this.views = views;
    }

    public record Update(
            UUID userId,
            String name,
            String phone,
            String country,
            String role,
            UUID organizationId,
            UserStatus status,
            Boolean platformAdmin,
            AccessTokenClaims caller,
            ClientInfo client) {

        public Update {
            if (status != null && status != UserStatus.ACTIVE && status != UserStatus.SUSPENDED) {
                throw DomainException.invalid("status: must be ACTIVE or SUSPENDED (delete the user to deactivate)");
            }
        }

        boolean changesProfile() {
            return name != null || phone != null || country != null;
        }
    }

    @Transactional
    public UserView handle(Update update) {
        AccessTokenClaims caller = update.caller();
        User user = users.byId(update.userId())
                .orElseThrow(() -> DomainException.notFound("User " + update.userId() + " not found"));
        AdminScope.requireVisible(caller, user, memberships.ofUser(user.id()));
        if (update.changesProfile()) {
            AdminScope.requireAccountControl(caller, user, memberships.ofUser(user.id()));
            updateProfile.handle(new UpdateProfile.Update(
                    user.id(), update.name(), update.phone(), update.country(), caller.userId(), update.client()));
        }
        if (update.role() != null) {
            changeMembership.handle(new ChangeMembership.Change(
                    organizationFor(update), user.id(), update.role(), null, caller, update.client()));
        }
        if (update.status() != null) {
            changeStatus.handle(new ChangeUserStatus.Change(
                    user.id(), update.status() == UserStatus.SUSPENDED, caller, update.client()));
        }
        if (update.platformAdmin() != null) {
            changePlatformRole(user.id(), update.platformAdmin(), update);
        }
        return views.forAdmin(users.byId(user.id()).orElseThrow(), caller);
    }

    private UUID organizationFor(Update update) {
        if (update.organizationId() != null) {
            return update.organizationId();
        }
        if (update.caller().organizationId() == null) {
            throw DomainException.invalid("organizationId: is required to change a role");
        }
        return Ids.uuidOrNull(update.caller().organizationId());
    }

    private void changePlatformRole(UUID userId, boolean admin, Update update) {
        if (!update.caller().isPlatformAdmin()) {
            throw DomainException.forbidden("Only platform administrators grant or withdraw super_admin");
        }
        User user = users.byId(userId).orElseThrow();
        if (user.platformAdmin() == admin) {
            return;
        }
        if (!admin) {
            AdminScope.requireNotSelf(update.caller(), user, "withdraw super_admin from");
            if (users.countPlatformAdmins() <= 1) {
                throw DomainException.conflict("The last platform administrator keeps super_admin");
            }
        }
        users.update(user.withPlatformAdmin(admin));
        if (!admin) {
            sessions.revokeAll(userId, "role-withdrawn"); // do not let a refresh carry super_admin any further
        }
        String role = Roles.SUPER_ADMIN.code();
        events.publish(
                userId,
                new UserRoleChanged(
                        userId.toString(),
                        null,
                        admin ? null : role,
                        admin ? role : null,
                        update.caller().userId()));
        audit.record(
                AuditEntry.of(AuditType.ROLE_CHANGED)
                        .user(userId)
                        .actor(update.caller().userId())
                        .detail(admin ? "granted super_admin" : "withdrew super_admin"),
                update.client());
    }
}
