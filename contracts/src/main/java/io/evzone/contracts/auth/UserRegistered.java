package io.evzone.contracts.auth;

/**
 * A user account was created.
 *
 * @param userId the new user's id
 * @param email normalized (lower-case) email, or null
 * @param phone E.164 phone number, or null
 * @param name display name
 * @param origin how the account came to be: {@code self-service}, {@code invitation} or {@code admin}
 * @param status the account's status right after creation ({@code PENDING}, {@code INVITED} or {@code ACTIVE})
 */
public record UserRegistered(String userId, String email, String phone, String name, String origin, String status) {

    public static final String SELF_SERVICE = "self-service";
    public static final String INVITATION = "invitation";
    public static final String ADMIN = "admin";
}
