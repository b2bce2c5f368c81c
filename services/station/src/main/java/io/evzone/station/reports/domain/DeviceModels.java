package io.evzone.station.reports.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Repository port of chargers' device models: the latest reported value of each variable. */
public interface DeviceModels {

    /** Stores the values, replacing older reports of the same component, variable and attribute type. */
    void report(UUID chargePointId, Collection<DeviceVariable> variables);

    /** Ordered by component, then variable; {@code component} null for all. */
    List<DeviceVariable> of(UUID chargePointId, String component, int limit, int offset);
}
