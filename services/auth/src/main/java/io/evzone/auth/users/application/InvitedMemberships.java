package io.evzone.auth.users.application;

import io.evzone.auth.account.domain.OneTimeToken;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipDetails;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.contracts.auth.MembershipChanged;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns the memberships an invitation stands for from INVITED into ACTIVE, once its holder accepted. */
@Component
class InvitedMemberships {

    private final Memberships memberships;
    private final AuthEvents events;

    InvitedMemberships(Memberships memberships, AuthEvents events) {
        this.memberships = memberships;
        this.events = events;
    }

    /** Activates the invitation's organization (every invited one for invitations older than organization ids). */
    List<MembershipDetails> activate(User user, OneTimeToken invitation) {
        List<MembershipDetails> invited = memberships.ofUser(user.id()).stream()
                .filter(m -> m.status() == MembershipStatus.INVITED)
                .filter(m -> invitation.organizationId() == null
                        || invitation.organizationId().equals(m.organizationId()))
                .toList();
        for (MembershipDetails membership : invited) {
            memberships.update(new Membership(
                    user.id(),
                    membership.organizationId(),
                    membership.role(),
                    MembershipStatus.ACTIVE,
                    membership.createdAt()));
            events.publish(
                    user.id(),
                    new MembershipChanged(
                            user.id().toString(),
                            membership.organizationId().toString(),
                            membership.role(),
                            MembershipStatus.ACTIVE.name(),
                            MembershipChanged.UPDATED,
                            user.id().toString()));
        }
        return invited;
    }
}
