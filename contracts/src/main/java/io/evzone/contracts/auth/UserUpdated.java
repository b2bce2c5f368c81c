package io.evzone.contracts.auth;

/**
 * A user's profile changed (by the user or an administrator).
 *
 * @param userId the user's id
 * @param email current email, or null
 * @param phone current phone number, or null
 * @param name current display name
 * @param country current ISO 3166 country code, or null
 * @param updatedBy id of the user who made the change
 */
public record UserUpdated(String userId, String email, String phone, String name, String country, String updatedBy) {}
