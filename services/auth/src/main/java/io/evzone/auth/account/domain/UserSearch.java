package io.evzone.auth.account.domain;

import java.util.UUID;

/**
 * A filter over accounts (deleted ones are never listed).
 *
 * @param q part of the name, email or phone, or null
 * @param role a role code ({@code super_admin} for platform administrators), or null
 * @param status only this status, or null
 * @param organizationId only members of this organization (with {@code role} there), or null
 * @param limit page size
 * @param offset accounts to skip
 */
public record UserSearch(String q, String role, UserStatus status, UUID organizationId, int limit, int offset) {}
