package io.evzone.auth.audit.web;

import io.evzone.auth.audit.application.SearchAuditEvents;
import io.evzone.auth.audit.domain.AuditEvent;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.web.Authorities;
import io.evzone.auth.shared.web.Paging;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Security events: logins, refresh token reuse, password and role changes, logouts")
class AuditController {

    private final SearchAuditEvents search;

    AuditController(SearchAuditEvents search) {
        this.search = search;
    }

    @GetMapping("/api/v1/auth/audit")
    @PreAuthorize(Authorities.READ_AUDIT)
    @Operation(
            summary = "Read the security audit log, newest first",
            description = "Needs audit.read. Platform administrators read every event; others read the events of"
                    + " their active organization and its members.")
    @ApiResponse(responseCode = "200", description = "The events")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "403", description = "Missing audit.read")
    List<AuditEventResponse> list(
            @Parameter(description = "Only this event type") @RequestParam(required = false) AuditType type,
            @Parameter(description = "Only events about this user") @RequestParam(required = false) UUID userId,
            @Parameter(description = "Only at or after this instant (ISO-8601)") @RequestParam(required = false)
                    Instant from,
            @Parameter(description = "Only before this instant (ISO-8601)") @RequestParam(required = false) Instant to,
            @Parameter(description = "Page size, default 50, at most 200") @RequestParam(required = false)
                    Integer limit,
            @Parameter(description = "Events to skip") @RequestParam(required = false) Integer offset) {
        var events = search.handle(new SearchAuditEvents.Search(
                Caller.current(), type, userId, from, to, Paging.limit(limit), Paging.offset(offset)));
        return events.stream().map(AuditEventResponse::of).toList();
    }

    /** One audit event as the API shows it. */
    record AuditEventResponse(
            long id,
            Instant occurredAt,
            AuditType type,
            UUID userId,
            String actorId,
            UUID organizationId,
            String identifier,
            String ip,
            String userAgent,
            String detail,
            String correlationId) {

        static AuditEventResponse of(AuditEvent e) {
            return new AuditEventResponse(
                    e.id(),
                    e.occurredAt(),
                    e.type(),
                    e.userId(),
                    e.actorId(),
                    e.organizationId(),
                    e.identifier(),
                    e.ip(),
                    e.userAgent(),
                    e.detail(),
                    e.correlationId());
        }
    }
}
