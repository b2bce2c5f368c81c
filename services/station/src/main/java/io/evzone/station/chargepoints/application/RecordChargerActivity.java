package io.evzone.station.chargepoints.application;

import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Connectors;
import java.util.Collection;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a batch of charger activity in the caller's transaction: {@link #open} locks and reads the chargers it
 * concerns, {@link #apply} applies each event in order, {@link #close} writes the changes.
 */
@Service
public class RecordChargerActivity {

    private final ChargePoints chargePoints;
    private final Connectors connectors;
    private final ProvisioningPolicy policy;
    private final RecordPresence presence;
    private final RecordConnectorStatus status;

    public RecordChargerActivity(
            ChargePoints chargePoints,
            Connectors connectors,
            ProvisioningPolicy policy,
            RecordPresence presence,
            RecordConnectorStatus status) {
        this.chargePoints = chargePoints;
        this.connectors = connectors;
        this.policy = policy;
        this.presence = presence;
        this.status = status;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ChargerWork open(Collection<? extends ChargerActivity> activity) {
        var ocppIds = new TreeSet<String>();
        activity.forEach(a -> ocppIds.add(a.ocppId()));
        return new ChargerWork(chargePoints, connectors, () -> policy.current().policy(), ocppIds);
    }

    public void apply(ChargerActivity activity, ChargerWork work) {
        switch (activity) {
            case PresenceSignal signal -> presence.apply(signal, work);
            case ChargerActivity.StatusReported reported -> status.apply(reported.report(), work);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void close(ChargerWork work) {
        work.close();
    }
}
