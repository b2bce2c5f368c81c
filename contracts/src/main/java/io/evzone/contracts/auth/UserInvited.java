package io.evzone.contracts.auth;

/**
 * A user was invited into an organization; they become active when they accept.
 *
 * @param userId the invited user's id (an account with status {@code INVITED} when they had none)
 * @param email the address the invitation went to
 * @param organizationId the organization they are invited to
 * @param role the role they will hold there
 * @param invitedBy id of the inviting administrator
 */
public record UserInvited(String userId, String email, String organizationId, String role, String invitedBy) {}
