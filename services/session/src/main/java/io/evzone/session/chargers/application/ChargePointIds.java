package io.evzone.session.chargers.application;

import io.evzone.platform.web.ApiException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The two ids of a charge point, as the API names them everywhere: {@code chargePointId} is the station service's
 * registry id (a UUID), {@code ocppId} the charger's OCPP identity, which sessions are recorded under.
 */
@Component
public class ChargePointIds {

    /** An OCPP identity no charger has (they are 1 to 48 characters): a filter on it matches nothing. */
    static final String NO_CHARGER = "";

    private final Chargers chargers;

    ChargePointIds(Chargers chargers) {
        this.chargers = chargers;
    }

    /**
     * The OCPP identity a filter names, by either id; null when it names neither. A registry id this service has not
     * learned, or two ids of different chargers, match nothing.
     */
    public String filter(String chargePointId, String ocppId) {
        if (chargePointId == null) {
            return ocppId;
        }
        String named = chargers.findByRegistryId(chargePointId)
                .map(KnownCharger::chargePointId)
                .orElse(NO_CHARGER);
        return ocppId == null || ocppId.equals(named) ? named : NO_CHARGER;
    }

    /** The charger a request names by either id (the OCPP identity wins when both are given). */
    public KnownCharger charger(String chargePointId, String ocppId) {
        if (ocppId == null && chargePointId == null) {
            throw ApiException.badRequest("chargePointId: required (or ocppId)");
        }
        Optional<KnownCharger> found =
                ocppId != null ? chargers.find(ocppId) : chargers.findByRegistryId(chargePointId);
        return found.orElseThrow(() -> ApiException.notFound("Charge point", ocppId != null ? ocppId : chargePointId));
    }

    /**
     * The charger a query names by either id; by OCPP identity also one this service has not learned of yet (its
     * registry id and owner then null).
     */
    public KnownCharger named(String chargePointId, String ocppId) {
        if (ocppId != null) {
            return chargers.find(ocppId).orElse(new KnownCharger(ocppId, null, null, null, null));
        }
        return charger(chargePointId, null);
    }

    /** The registry ids of chargers by their OCPP identity; a charger whose id was not learned yet is absent. */
    public Map<String, String> registryIds(Collection<String> ocppIds) {
        return chargers.registryIds(ocppIds);
    }
}
