package io.evzone.contracts.auth;

/**
 * An organization's name, type or status changed.
 *
 * @param organizationId its id
 * @param name its name now
 * @param type its type now
 * @param status its status now
 * @param updatedBy id of the administrator
 */
public record OrganizationUpdated(String organizationId, String name, String type, String status, String updatedBy) {}
