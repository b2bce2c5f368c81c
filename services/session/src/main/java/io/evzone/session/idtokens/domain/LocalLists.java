package io.evzone.session.idtokens.domain;

import java.time.Instant;
import java.util.UUID;

/** The local authorization list version sent to each charger. */
public interface LocalLists {

    /** Reserves the charger's next list version (1 for the first list). */
    int nextVersion(String chargePointId, int entries, Instant at);

    /** Notes the command that carries the charger's latest list. */
    void sentWith(String chargePointId, UUID commandId);

    /** Records the charger's answer to the command that carried a list. */
    void answered(UUID commandId, String status);
}
