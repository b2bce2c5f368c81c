package io.evzone.auth.organization.application;

import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.OrganizationType;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.OrganizationCreated;
import io.evzone.platform.security.AccessTokenClaims;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A platform administrator creates an organization (tenant). */
@Service
public class CreateOrganization {

    private final Organizations organizations;
    private final AuthEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateOrganization(Organizations organizations, AuthEvents events, AuditTrail audit, Clock clock) {
        this.organizations = organizations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public record Creation(String name, OrganizationType type, AccessTokenClaims caller, ClientInfo client) {}

    @Transactional
    public Organization handle(Creation creation) {
        if (!creation.caller().isPlatformAdmin()) {
            throw DomainException.forbidden("Only platform administrators create organizations");
        }
        Organization organization = Organization.create(
                UUID.randomUUID(),
                creation.name(),
                creation.type() == null ? OrganizationType.CPO : creation.type(),
                clock.instant());
        organizations.add(organization);
        events.publish(
                organization.id(),
                new OrganizationCreated(
                        organization.id().toString(),
                        organization.name(),
                        organization.type().name(),
                        organization.status().name(),
                        creation.caller().userId()));
        audit.record(
                AuditEntry.of(AuditType.ORGANIZATION_CREATED)
                        .organization(organization.id())
                        .actor(creation.caller().userId())
                        .detail(organization.name()),
                creation.client());
        return organization;
    }
}
