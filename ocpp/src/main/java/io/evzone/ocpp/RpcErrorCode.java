package io.evzone.ocpp;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The error codes a CALLERROR may carry (OCPP-J 1.6 §4.2.3 table 7; OCPP 2.0.1 Part 4 §4.3 table 8). Some
 * exist in one version only, and 1.6 spells one of them "Occurence".
 */
public enum RpcErrorCode {
    NOT_IMPLEMENTED("NotImplemented", OcppVersion.values()),
    NOT_SUPPORTED("NotSupported", OcppVersion.values()),
    INTERNAL_ERROR("InternalError", OcppVersion.values()),
    PROTOCOL_ERROR("ProtocolError", OcppVersion.values()),
    SECURITY_ERROR("SecurityError", OcppVersion.values()),
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", OcppVersion.values()),
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", OcppVersion.values()),
    GENERIC_ERROR("GenericError", OcppVersion.values()),
    /** OCPP 1.6 only. */
    FORMATION_VIOLATION("FormationViolation", OcppVersion.V16),
    /** OCPP 1.6 only, with the specification's spelling. */
    OCCURENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", OcppVersion.V16),
    /** OCPP 2.0.1 and later. */
    FORMAT_VIOLATION("FormatViolation", OcppVersion.V201, OcppVersion.V21),
    /** OCPP 2.0.1 and later. */
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurrenceConstraintViolation", OcppVersion.V201, OcppVersion.V21),
    /** OCPP 2.0.1 and later. */
    MESSAGE_TYPE_NOT_SUPPORTED("MessageTypeNotSupported", OcppVersion.V201, OcppVersion.V21),
    /** OCPP 2.0.1 and later. */
    RPC_FRAMEWORK_ERROR("RpcFrameworkError", OcppVersion.V201, OcppVersion.V21);

    private final String wireName;
    private final Set<OcppVersion> versions;

    RpcErrorCode(String wireName, OcppVersion... versions) {
        this.wireName = wireName;
        this.versions = EnumSet.of(versions[0], versions);
    }

    /** The code as written in the frame, for example {@code FormationViolation}. */
    public String wireName() {
        return wireName;
    }

    /** Whether the given version defines this code. */
    public boolean isDefinedIn(OcppVersion version) {
        return versions.contains(version);
    }

    /** The code a version defines under the given wire name; empty for a code that version does not know. */
    public static Optional<RpcErrorCode> fromWireName(String wireName, OcppVersion version) {
        for (RpcErrorCode code : values()) {
            if (code.wireName.equals(wireName) && code.isDefinedIn(version)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
