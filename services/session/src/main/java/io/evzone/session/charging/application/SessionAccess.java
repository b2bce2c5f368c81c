package io.evzone.session.charging.application;

import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.session.charging.domain.SessionState;

/**
 * Who sees which sessions: a platform admin all; operators (sessions.read or sessions.manage) their
 * active organization's; drivers (sessions.own) only their own.
 */
public final class SessionAccess {

    private SessionAccess() {}

    public static boolean operates(AccessTokenClaims caller) {
        return caller.isPlatformAdmin()
                || ((caller.can(Permissions.SESSIONS_READ) || caller.can(Permissions.SESSIONS_MANAGE))
                        && caller.organizationId() != null);
    }

    public static boolean sees(AccessTokenClaims caller, SessionState session) {
        if (caller.isPlatformAdmin()) {
            return true;
        }
        if (operates(caller) && caller.organizationId().equals(session.organizationId())) {
            return true;
        }
        return caller.userId().equals(session.userId());
    }

    /** Whether the caller may stop the session: its operator with sessions.manage, or its driver. */
    public static boolean controls(AccessTokenClaims caller, SessionState session) {
        if (caller.isPlatformAdmin()) {
            return true;
        }
        if (caller.can(Permissions.SESSIONS_MANAGE)
                && caller.organizationId() != null
                && caller.organizationId().equals(session.organizationId())) {
            return true;
        }
        return caller.can(Permissions.SESSIONS_OWN) && caller.userId().equals(session.userId());
    }

    /** The scope part of a filter: organization for operators, owner for drivers. */
    static String organizationScope(AccessTokenClaims caller) {
        return caller.isPlatformAdmin() || !operates(caller) ? null : caller.organizationId();
    }

    static String ownerScope(AccessTokenClaims caller) {
        return operates(caller) ? null : caller.userId();
    }
}
