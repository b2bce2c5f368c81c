package io.evzone.auth.audit.application;

import io.evzone.auth.audit.domain.AuditEvent;
import io.evzone.auth.audit.domain.AuditLog;
import io.evzone.auth.audit.domain.AuditQuery;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.Ids;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.security.AccessTokenClaims;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reads the audit log. Platform administrators read everything; other {@code audit.read} holders
 * read the events of their active organization and of its members.
 */
@Service
public class SearchAuditEvents {

    private final AuditLog auditLog;

    public SearchAuditEvents(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public List<AuditEvent> handle(Search search) {
        UUID scope = null;
        if (!search.caller().isPlatformAdmin()) {
            scope = Ids.uuidOrNull(search.caller().organizationId());
            if (scope == null) {
                throw DomainException.forbidden("Reading the audit log needs an active organization");
            }
        }
        return auditLog.search(new AuditQuery(
                search.type(), search.userId(), scope, search.from(), search.to(), search.limit(), search.offset()));
    }

    /** A search by a caller; {@code limit} and {@code offset} already within bounds. */
    public record Search(
            AccessTokenClaims caller, AuditType type, UUID userId, Instant from, Instant to, int limit, int offset) {}
}
