package io.evzone.auth.support;

import io.evzone.auth.account.domain.PasswordHasher;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.Users;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.OrganizationType;
import io.evzone.auth.organization.domain.Organizations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Builds accounts and organizations straight through the service's repositories:
 * {@code accounts.aUser().withPhone(...).memberOf(org, "org_admin").create()}.
 */
public final class TestAccounts {

    /** The password of every account built here. */
    public static final String PASSWORD = "violet-kettle-42";

    private static String passwordHash;

    private final Users users;
    private final Organizations organizations;
    private final Memberships memberships;

    public TestAccounts(ApplicationContext context) {
        this.users = context.getBean(Users.class);
        this.organizations = context.getBean(Organizations.class);
        this.memberships = context.getBean(Memberships.class);
        synchronized (TestAccounts.class) {
            if (passwordHash == null) {
                passwordHash = context.getBean(PasswordHasher.class).hash(PASSWORD);
            }
        }
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** A phone number no other test uses. */
    public static String uniquePhone() {
        long digits = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        return "+2567" + String.format("%09d", digits).substring(1);
    }

    public UserBuilder aUser() {
        return new UserBuilder();
    }

    public Organization anOrganization(String name) {
        Organization organization = Organization.create(
                UUID.randomUUID(),
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                OrganizationType.CPO,
                Instant.now());
        organizations.add(organization);
        return organization;
    }

    public User reload(User user) {
        return users.byId(user.id()).orElseThrow();
    }

    public void update(User user) {
        users.update(user);
    }

    public final class UserBuilder {
        private String email = uniqueEmail("user");
        private String phone;
        private String name = "Test User";
        private boolean verified = true;
        private boolean suspended;
        private boolean platformAdmin;
        private final List<Membership> memberOf = new ArrayList<>();
        private final UUID id = UUID.randomUUID();

        public UserBuilder withEmail(String value) {
            email = value;
            return this;
        }

        public UserBuilder withPhone(String value) {
            phone = value;
            return this;
        }

        public UserBuilder named(String value) {
            name = value;
            return this;
        }

        public UserBuilder unverified() {
            verified = false;
            return this;
        }

        public UserBuilder suspended() {
            suspended = true;
            return this;
        }

        public UserBuilder platformAdmin() {
            platformAdmin = true;
            return this;
        }

        public UserBuilder memberOf(Organization organization, String role) {
            memberOf.add(new Membership(
                    id,
                    organization.id(),
                    role,
                    MembershipStatus.ACTIVE,
                    Instant.now().plusMillis(memberOf.size())));
            return this;
        }

        public User create() {
            Instant now = Instant.now();
            User user = User.register(id, email, phone, name, passwordHash, now);
            if (verified) {
                user = user.verifyEmail(now);
            }
            if (platformAdmin) {
                user = user.withPlatformAdmin(true);
            }
            if (suspended) {
                user = user.suspend();
            }
            users.add(user);
            memberOf.forEach(memberships::add);
            return user;
        }
    }
}
