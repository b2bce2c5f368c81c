package io.evzone.auth.audit.domain;

import java.util.List;

/** The append-only security event log (repository port). */
public interface AuditLog {

    void append(AuditEvent event);

    List<AuditEvent> search(AuditQuery query);
}
