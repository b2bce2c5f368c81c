package io.evzone.contracts.auth;

/**
 * An organization (tenant) was created.
 *
 * @param organizationId its id
 * @param name its name
 * @param type {@code CPO}, {@code SITE_HOST}, {@code FLEET} or {@code OTHER}
 * @param status {@code ACTIVE} or {@code SUSPENDED}
 * @param createdBy id of the creating administrator
 */
public record OrganizationCreated(String organizationId, String name, String type, String status, String createdBy) {}
