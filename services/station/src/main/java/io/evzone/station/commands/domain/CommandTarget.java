package io.evzone.station.commands.domain;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.shared.domain.DomainException;
import java.util.List;

/**
 * The charger a command goes to, as far as addressing a place on it goes: its OCPP version and known connectors.
 *
 * @param connectors the connectors it declared or reported, each with its EVSE
 * @param tokenTypes the types of the id tokens the session service registered
 */
public record CommandTarget(OcppVersion version, List<Connector> connectors, IdTokenTypes tokenTypes) {

    public CommandTarget {
        connectors = List.copyOf(connectors);
    }

    /** An EVSE and connector within it; either may be null. */
    public record Place(Integer evseId, Integer connectorId) {}

    /**
     * The place as the charger's version addresses it. OCPP 2.0.1 numbers connectors within their EVSE, so a connector
     * named without its EVSE is resolved to the one EVSE that has it, or refused: never widened to the whole station.
     *
     * @throws DomainException naming evseId when the connector cannot be resolved
     */
    public Place place(Integer evseId, Integer connectorId) {
        if (version == OcppVersion.V16 || evseId != null || connectorId == null) {
            return new Place(evseId, connectorId);
        }
        List<Integer> evses = connectors.stream()
                .filter(c -> c.connectorId() == connectorId)
                .map(Connector::evseId)
                .distinct()
                .toList();
        if (evses.size() == 1) {
            return new Place(evses.getFirst(), connectorId);
        }
        throw DomainException.invalid(
                evses.isEmpty()
                        ? "evseId: required: this OCPP 2.0.1 charger has reported no connector " + connectorId
                        : "evseId: required: connector " + connectorId + " is in EVSEs " + evses);
    }
}
