package io.evzone.auth.users.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** One user, as an administrator sees them. */
@Service
public class GetUser {

    private final Users users;
    private final Memberships memberships;
    private final UserViews views;

    public GetUser(Users users, Memberships memberships, UserViews views) {
        this.users = users;
        this.memberships = memberships;
        this.views = views;
    }

    public UserView handle(UUID userId, AccessTokenClaims caller) {
        User user = users.byId(userId).orElseThrow(() -> DomainException.notFound("User " + userId + " not found"));
        AdminScope.requireVisible(caller, user, memberships.ofUser(userId));
        return views.forAdmin(user, caller);
    }
}
