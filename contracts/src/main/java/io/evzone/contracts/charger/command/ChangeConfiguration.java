package io.evzone.contracts.charger.command;

/** Change one setting (1.6 ChangeConfiguration, 2.0.1 SetVariables). */
public record ChangeConfiguration(ConfigurationKey key, String value) implements ChargerCommand {

    public ChangeConfiguration {
        Fields.required(key, "key");
        Fields.required(value, "value");
        Fields.optionalText(value, "value", 500);
    }
}
