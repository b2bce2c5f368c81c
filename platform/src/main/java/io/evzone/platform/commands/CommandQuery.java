package io.evzone.platform.commands;

/**
 * Which commands to list, newest first.
 *
 * @param organizationId only this organization's; null: every organization's (platform administrators)
 * @param subject only those about this subject; null: all
 */
public record CommandQuery(String organizationId, String subject, int limit, int offset) {}
