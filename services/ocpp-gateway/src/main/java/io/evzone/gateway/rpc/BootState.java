package io.evzone.gateway.rpc;

import io.evzone.contracts.charger.RegistrationStatus;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Where a charger's boot stands on this connection, and which messages the CSMS triggered. OCPP 2.0.1 B02.FR.02 and
 * TC_B_30: while its boot is Pending a station sends nothing but BootNotification and the messages the CSMS triggered;
 * anything else is answered with CALLERROR SecurityError.
 */
public final class BootState {

    private volatile RegistrationStatus status;
    private final Set<String> triggered = ConcurrentHashMap.newKeySet();

    public void answered(RegistrationStatus status) {
        this.status = status;
        if (status != RegistrationStatus.PENDING) {
            triggered.clear();
        }
    }

    public boolean pending() {
        return status == RegistrationStatus.PENDING;
    }

    /** Notes a TriggerMessage about to be sent: the charger may then send the message it asks for. */
    public void sending(OcppCommand command) {
        if (!command.action().endsWith("TriggerMessage")) {
            return;
        }
        JsonNode requested = command.payload().get("requestedMessage");
        if (requested != null && requested.isString()) {
            triggered.add(actionOf(requested.asString()));
        }
    }

    /** Whether a Pending charger may send this action now; a triggered message may be sent once. */
    public boolean mayAct(String action) {
        return !pending() || "BootNotification".equals(action) || triggered.remove(action);
    }

    /** The action a TriggerMessage's requestedMessage makes the charger send (Sign...Certificate: SignCertificate). */
    static String actionOf(String requestedMessage) {
        return requestedMessage.startsWith("Sign") && requestedMessage.endsWith("Certificate")
                ? "SignCertificate"
                : requestedMessage;
    }
}
