package io.evzone.auth.users.web;

import io.evzone.auth.shared.web.ClientValues;
import io.evzone.auth.users.application.UserView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user as the API answers it: {@link UserView} with {@code role} and {@code status} in the form
 * the clients compare ({@code SUPER_ADMIN}, {@code Active}); {@code roleCode} keeps EVZone's code.
 *
 * @param stationContext the station the user selected to work at ({@code POST /users/me/station-context}),
 *     only in the user's own payload (login, refresh, {@code /users/me}); null when none is selected
 */
public record UserResponse(
        UUID id,
        String email,
        String phone,
        String name,
        String country,
        String status,
        String role,
        String roleCode,
        List<String> permissions,
        UUID organizationId,
        String organizationName,
        List<Membership> memberships,
        boolean mustChangePassword,
        boolean twoFactorEnabled,
        boolean emailVerified,
        boolean platformAdmin,
        Instant createdAt,
        Instant lastLoginAt,
        UserView.StationContext stationContext) {

    /** One membership, role and status as the clients compare them. */
    public record Membership(
            UUID organizationId, String organizationName, String role, String roleCode, String status) {}

    public static UserResponse of(UserView user) {
        return new UserResponse(
                user.id(),
                user.email(),
                user.phone(),
                user.name(),
                user.country(),
                ClientValues.clientStatus(user.status()),
                ClientValues.clientRole(user.role()),
                user.role(),
                user.permissions(),
                user.organizationId(),
                user.organizationName(),
                user.memberships().stream()
                        .map(m -> new Membership(
                                m.organizationId(),
                                m.organizationName(),
                                ClientValues.clientRole(m.role()),
                                m.role(),
                                ClientValues.clientStatus(m.status())))
                        .toList(),
                user.mustChangePassword(),
                user.twoFactorEnabled(),
                user.emailVerified(),
                user.platformAdmin(),
                user.createdAt(),
                user.lastLoginAt(),
                user.stationContext());
    }

    public static List<UserResponse> of(List<UserView> users) {
        return users.stream().map(UserResponse::of).toList();
    }
}
