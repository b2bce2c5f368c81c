package io.evzone.auth.organization.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A named set of permission codes ({@link io.evzone.contracts.Permissions}).
 *
 * @param code stable code carried in access tokens, such as {@code station_manager}
 * @param description what the role is for
 * @param permissions the permission codes it grants
 * @param platform a platform-wide role held on the account, not through a membership
 */
public record Role(String code, String description, Set<String> permissions, boolean platform) {

    public Role {
        Objects.requireNonNull(code, "code");
        permissions = Set.copyOf(permissions);
    }
}
