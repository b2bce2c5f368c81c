package io.evzone.contracts.charger;

import java.util.regex.Pattern;

/**
 * The charger identities EVZone records: OCPP 2.0.1 Part 4 §3.1.1 identifierString ({@code a-z A-Z 0-9 * - _ = : +
 * | @ .}), 1 to 48 characters. The station records no other OCPP id, and the gateway accepts a new charger without
 * asking only when the station could record it.
 */
public final class ChargerIdentity {

    private static final Pattern RECORDABLE = Pattern.compile("[A-Za-z0-9*_=:+|@.\\-]{1,48}");

    private ChargerIdentity() {}

    public static boolean isRecordable(String ocppId) {
        return ocppId != null && RECORDABLE.matcher(ocppId).matches();
    }
}
