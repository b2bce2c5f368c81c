package io.evzone.contracts.charger.command;

/**
 * Give the charger a new HTTP Basic password (1.6 ChangeConfiguration AuthorizationKey, 2.0.1 SetVariables
 * SecurityCtrlr.BasicAuthPassword). The sender keeps the old password valid until the charger connects with the new.
 *
 * @param password 16 to 40 characters (OCPP 1.6 security whitepaper, 2.0.1 A00.FR.205)
 */
public record SetChargerPassword(String password) implements ChargerCommand {

    public SetChargerPassword {
        Fields.text(password, "password", 40);
        if (password.length() < 16) {
            throw new IllegalArgumentException("password: at least 16 characters");
        }
    }

    @Override
    public String toString() {
        return "SetChargerPassword[password=(hidden)]";
    }
}
