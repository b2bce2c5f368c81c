package io.evzone.contracts.charger.command;

/**
 * A setting of a charger: 1.6 names it by key alone ({@code variable}); 2.0.1 by component and variable
 * ({@code OCPPCommCtrlr} / {@code HeartbeatInterval}).
 *
 * @param component 2.0.1's component, required there; ignored by 1.6
 * @param instance 2.0.1's variable instance, optional
 */
public record ConfigurationKey(String component, String variable, String instance) {

    public ConfigurationKey {
        Fields.optionalText(component, "component", 50);
        Fields.text(variable, "variable", 50);
        Fields.optionalText(instance, "instance", 50);
    }
}
