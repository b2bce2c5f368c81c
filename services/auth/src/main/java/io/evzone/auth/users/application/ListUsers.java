package io.evzone.auth.users.application;

import io.evzone.auth.account.domain.UserSearch;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.shared.Ids;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Lists users. Platform administrators list everyone (optionally one organization's members);
 * others list the members of their active organization only.
 */
@Service
public class ListUsers {

    private final Users users;
    private final UserViews views;

    public ListUsers(Users users, UserViews views) {
        this.users = users;
        this.views = views;
    }

    public record Query(
            String q,
            String role,
            UserStatus status,
            UUID organizationId,
            int limit,
            int offset,
            AccessTokenClaims caller) {}

    public List<UserView> handle(Query query) {
        UUID organization = query.organizationId();
        AccessTokenClaims caller = query.caller();
        if (!caller.isPlatformAdmin()) {
            UUID own = Ids.uuidOrNull(caller.organizationId());
            if (own == null) {
                throw DomainException.forbidden("Listing users needs an active organization");
            }
            if (organization != null && !organization.equals(own)) {
                throw DomainException.forbidden("You can list the users of your own organization only");
            }
            organization = own;
        }
        var found = users.search(
                new UserSearch(query.q(), query.role(), query.status(), organization, query.limit(), query.offset()));
        return views.forAdmin(found, caller);
    }
}
