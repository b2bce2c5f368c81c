package io.evzone.auth.account.domain;

import io.evzone.auth.shared.domain.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A person's account. Immutable: every change returns a new value, which the caller stores.
 *
 * @param id the user's id
 * @param email normalized email, or null (phone-only or deleted accounts)
 * @param phone E.164 phone number, or null
 * @param name display name
 * @param country ISO 3166-1 alpha-2 country code, or null
 * @param status where the account is in its life
 * @param passwordHash the encoded password hash, or null while none was set (invited, deleted)
 * @param platformAdmin holds the platform-wide {@code super_admin} role
 * @param mustChangePassword the user should replace a password someone else chose
 * @param twoFactorEnabled reserved for second-factor login (not offered yet)
 * @param emailVerifiedAt when the email address was proven, or null
 * @param lastOrganizationId the organization the user last switched to, preferred at the next login
 * @param createdAt when the account was created
 * @param lastLoginAt the last successful login, or null
 */
public record User(
        UUID id,
        String email,
        String phone,
        String name,
        String country,
        UserStatus status,
        String passwordHash,
        boolean platformAdmin,
        boolean mustChangePassword,
        boolean twoFactorEnabled,
        Instant emailVerifiedAt,
        UUID lastOrganizationId,
        Instant createdAt,
        Instant lastLoginAt) {

    static final int MAX_NAME = 120;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name == null ? "" : name.strip();
        if (name.length() > MAX_NAME) {
            throw DomainException.invalid("name: must be at most " + MAX_NAME + " characters");
        }
    }

    /** A self-registered account: pending until the email address is verified. */
    public static User register(UUID id, String email, String phone, String name, String passwordHash, Instant now) {
        requireName(name);
        Objects.requireNonNull(email, "email");
        return new User(
                id,
                email,
                phone,
                name,
                null,
                UserStatus.PENDING,
                passwordHash,
                false,
                false,
                false,
                null,
                null,
                now,
                null);
    }

    /** An account created by an invitation: no password until the invitation is accepted. */
    public static User invite(UUID id, String email, String name, Instant now) {
        Objects.requireNonNull(email, "email");
        return new User(
                id,
                email,
                null,
                name == null ? "" : name,
                null,
                UserStatus.INVITED,
                null,
                false,
                false,
                false,
                null,
                null,
                now,
                null);
    }

    /** An active platform administrator, created by an operator (or the first run on the embedded database). */
    public static User platformAdministrator(
            UUID id, String email, String name, String passwordHash, boolean mustChangePassword, Instant now) {
        requireName(name);
        return new User(
                id,
                email,
                null,
                name,
                null,
                UserStatus.ACTIVE,
                passwordHash,
                true,
                mustChangePassword,
                false,
                now,
                null,
                now,
                null);
    }

    public boolean canLogIn() {
        return status == UserStatus.ACTIVE && passwordHash != null;
    }

    public boolean isDeleted() {
        return status == UserStatus.INACTIVE;
    }

    /** An account made by an invitation whose holder has not accepted yet: no password, nobody's account so far. */
    public boolean isInvited() {
        return status == UserStatus.INVITED;
    }

    /** The address was proven: a pending account becomes active. */
    public User verifyEmail(Instant now) {
        requireNotDeleted();
        return change(d -> {
            d.status = status == UserStatus.PENDING || status == UserStatus.INVITED ? UserStatus.ACTIVE : status;
            d.emailVerifiedAt = emailVerifiedAt == null ? now : emailVerifiedAt;
        });
    }

    /** An invited user chose a password (and maybe their name): the account becomes active. */
    public User acceptInvitation(String newPasswordHash, String chosenName, Instant now) {
        if (status != UserStatus.INVITED) {
            throw DomainException.conflict("This invitation was already accepted");
        }
        String finalName = chosenName == null || chosenName.isBlank() ? name : chosenName;
        requireName(finalName);
        return change(d -> {
            d.name = finalName;
            d.status = UserStatus.ACTIVE;
            d.passwordHash = newPasswordHash;
            d.mustChangePassword = false;
            d.emailVerifiedAt = now;
        });
    }

    /** A new password chosen by the user themselves. */
    public User withPassword(String newPasswordHash) {
        requireNotDeleted();
        return change(d -> {
            d.passwordHash = newPasswordHash;
            d.mustChangePassword = false;
        });
    }

    /** The same password re-encoded with current hashing parameters. */
    public User withRehashedPassword(String newPasswordHash) {
        return change(d -> d.passwordHash = newPasswordHash);
    }

    public User withProfile(String newName, String newPhone, String newCountry) {
        requireNotDeleted();
        requireName(newName);
        return change(d -> {
            d.name = newName;
            d.phone = newPhone;
            d.country = newCountry;
        });
    }

    public User withPlatformAdmin(boolean admin) {
        requireNotDeleted();
        return change(d -> d.platformAdmin = admin);
    }

    public User suspend() {
        requireNotDeleted();
        return change(d -> d.status = UserStatus.SUSPENDED);
    }

    /** Lifts a suspension: back to active, or to pending (invited) when it never got that far. */
    public User reactivate() {
        if (status != UserStatus.SUSPENDED) {
            throw DomainException.conflict("Only a suspended account can be reactivated");
        }
        UserStatus previous = passwordHash == null
                ? UserStatus.INVITED
                : emailVerifiedAt == null ? UserStatus.PENDING : UserStatus.ACTIVE;
        return change(d -> d.status = previous);
    }

    /** Erases personal data; the id stays for the history (audit log, sessions, payments). */
    public User delete() {
        return new User(
                id,
                null,
                null,
                "Deleted user",
                null,
                UserStatus.INACTIVE,
                null,
                false,
                false,
                false,
                null,
                null,
                createdAt,
                lastLoginAt);
    }

    public User loggedIn(Instant now) {
        return change(d -> d.lastLoginAt = now);
    }

    public User withLastOrganization(UUID organizationId) {
        return change(d -> d.lastOrganizationId = organizationId);
    }

    private User change(Consumer<Draft> edit) {
        Draft draft = new Draft(this);
        edit.accept(draft);
        return draft.build();
    }

    /** The changeable fields of a user while a change is made; the id and creation time stay. */
    private static final class Draft {
        private final User from;
        String name;
        String phone;
        String country;
        UserStatus status;
        String passwordHash;
        boolean platformAdmin;
        boolean mustChangePassword;
        Instant emailVerifiedAt;
        UUID lastOrganizationId;
        Instant lastLoginAt;

        Draft(User from) {
            this.from = from;
            name = from.name;
            phone = from.phone;
            country = from.country;
            status = from.status;
            passwordHash = from.passwordHash;
            platformAdmin = from.platformAdmin;
            mustChangePassword = from.mustChangePassword;
            emailVerifiedAt = from.emailVerifiedAt;
            lastOrganizationId = from.lastOrganizationId;
            lastLoginAt = from.lastLoginAt;
        }

        User build() {
            return new User(
                    from.id,
                    from.email,
                    phone,
                    name,
                    country,
                    status,
                    passwordHash,
                    platformAdmin,
                    mustChangePassword,
                    from.twoFactorEnabled,
                    emailVerifiedAt,
                    lastOrganizationId,
                    from.createdAt,
                    lastLoginAt);
        }
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw DomainException.notFound("User " + id + " not found");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name: must not be blank");
        }
    }
}
