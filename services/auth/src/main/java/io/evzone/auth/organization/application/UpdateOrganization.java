package io.evzone.auth.organization.application;

import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.OrganizationStatus;
import io.evzone.auth.organization.domain.OrganizationType;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.auth.OrganizationUpdated;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames or retypes an organization (its administrators or a platform administrator); only a
 * platform administrator suspends or reactivates one.
 */
@Service
public class UpdateOrganization {

    private final Organizations organizations;
    private final AuthEvents events;
    private final AuditTrail audit;

    public UpdateOrganization(Organizations organizations, AuthEvents events, AuditTrail audit) {
        this.organizations = organizations;
        this.events = events;
        this.audit = audit;
    }

    public record Update(
            UUID organizationId,
            String name,
            OrganizationType type,
            OrganizationStatus status,
            AccessTokenClaims caller,
            ClientInfo client) {}

    @Transactional
    public Organization handle(Update update) {
        OrganizationAccess.requireManage(update.caller(), update.organizationId());
        Organization current = organizations
                .byId(update.organizationId())
                .orElseThrow(() -> DomainException.notFound("Organization " + update.organizationId() + " not found"));
        if (update.status() != null
                && update.status() != current.status()
                && !update.caller().isPlatformAdmin()) {
            throw DomainException.forbidden("Only platform administrators suspend or reactivate organizations");
        }
        Organization changed = current.change(update.name(), update.type(), update.status());
        if (changed.equals(current)) {
            return current;
        }
        organizations.update(changed);
        events.publish(
                changed.id(),
                new OrganizationUpdated(
                        changed.id().toString(),
                        changed.name(),
                        changed.type().name(),
                        changed.status().name(),
                        update.caller().userId()));
        audit.record(
                AuditEntry.of(AuditType.ORGANIZATION_UPDATED)
                        .organization(changed.id())
                        .actor(update.caller().userId())
                        .detail(changed.name() + " " + changed.status()),
                update.client());
        return changed;
    }
}
