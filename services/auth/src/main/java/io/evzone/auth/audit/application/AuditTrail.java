package io.evzone.auth.audit.application;

import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditEvent;
import io.evzone.auth.audit.domain.AuditLog;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.contracts.EventHeaders;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * Records security events. Inside a transaction the event commits or rolls back with the change it
 * describes; outside one (failed logins, which answer with an error) it is written at once.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("io.evzone.auth.audit");

    private final AuditLog auditLog;
    private final Clock clock;

    public AuditTrail(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public void record(AuditEntry entry, ClientInfo client) {
        AuditEntry withClient = client == null ? entry : entry.client(client.ip(), client.userAgent());
        AuditEvent event = new AuditEvent(
                null,
                clock.instant(),
                withClient.type(),
                withClient.userId(),
                withClient.actorId(),
                withClient.organizationId(),
                withClient.identifier(),
                withClient.ip(),
                withClient.userAgent(),
                withClient.detail(),
                MDC.get(EventHeaders.MDC_CORRELATION_ID));
        auditLog.append(event);
        log.info(
                "{} user={} actor={} ip={} {}",
                event.type(),
                event.userId(),
                event.actorId(),
                event.ip(),
                event.detail() == null ? "" : event.detail());
    }
}
