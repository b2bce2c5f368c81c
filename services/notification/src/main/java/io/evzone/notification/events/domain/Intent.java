package io.evzone.notification.events.domain;

import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an event should tell whom: a template with its variables for users named directly, or for the active members
 * of an organization.
 */
public record Intent(
        List<String> userIds, String organizationId, String template, Category category, Map<String, String> data) {

    public Intent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(category, "category");
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        data = Map.copyOf(data);
    }

    public static Intent toUser(String userId, String template, Category category, Map<String, String> data) {
        return new Intent(List.of(userId), null, template, category, data);
    }

    public static Intent toMembersOf(
            String organizationId, String template, Category category, Map<String, String> data) {
        return new Intent(List.of(), organizationId, template, category, data);
    }
}
