package io.evzone.contracts.charger.command;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.IdToken;
import java.time.Instant;
import java.util.List;

/**
 * Replace (FULL) or update (DIFFERENTIAL) the charger's local authorization list.
 *
 * @param entries a DIFFERENTIAL entry without status removes the token from the list
 */
public record SendLocalList(Integer version, UpdateType updateType, List<Entry> entries) implements ChargerCommand {

    public enum UpdateType {
        FULL,
        DIFFERENTIAL
    }

    public record Entry(IdToken idToken, AuthorizationStatus status, Instant expiresAt, String groupId) {

        public Entry {
            Fields.token(idToken, "entries.idToken", 20);
        }
    }

    public SendLocalList {
        Fields.required(version, "version");
        Fields.required(updateType, "updateType");
        entries = Fields.list(entries, "entries", 0);
    }
}
