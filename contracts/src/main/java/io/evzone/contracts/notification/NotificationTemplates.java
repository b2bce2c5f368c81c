package io.evzone.contracts.notification;

/**
 * Templates the notification service knows, with the {@code data} keys each request carries.
 * Every request also carries {@code name} (the recipient's display name).
 */
public final class NotificationTemplates {

    /** Confirm an email address: {@code link}, {@code token}, {@code expiresAt}. */
    public static final String AUTH_VERIFY_EMAIL = "auth.verify-email";

    /**
     * Reset a password: {@code code} and {@code expiresAt} always; {@code link} and {@code token}
     * for email (an SMS carries only the code).
     */
    public static final String AUTH_PASSWORD_RESET = "auth.password-reset";

    /** Join an organization as a new user: {@code link}, {@code token}, {@code organizationName}, {@code role}, {@code expiresAt}. */
    public static final String AUTH_INVITATION = "auth.invitation";

    /** An existing user was added to an organization: {@code organizationName}, {@code role}. */
    public static final String AUTH_ADDED_TO_ORGANIZATION = "auth.added-to-organization";

    /** Security notice after a password change or reset: {@code changedAt}. */
    public static final String AUTH_PASSWORD_CHANGED = "auth.password-changed";

    /** Someone tried to register with an address that already has an account: {@code link} (to reset the password). */
    public static final String AUTH_ALREADY_REGISTERED = "auth.already-registered";

    private NotificationTemplates() {}
}
