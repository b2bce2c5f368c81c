package io.evzone.contracts.charger.command;

import java.util.List;

/** Read settings (1.6 GetConfiguration, 2.0.1 GetVariables). 1.6: no keys reads them all; 2.0.1 needs at least one. */
public record GetConfiguration(List<ConfigurationKey> keys) implements ChargerCommand {

    public GetConfiguration {
        keys = Fields.list(keys, "keys", 0);
    }
}
