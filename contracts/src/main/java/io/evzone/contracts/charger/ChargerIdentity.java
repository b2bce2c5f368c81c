package io.evzone.contracts.charger;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The charger identities EVZone records: OCPP 2.0.1 Part 4 §3.1.1 identifierString ({@code a-z A-Z 0-9 * - _ = : +
 * | @ .}), 1 to 48 characters. The station records no other OCPP id, and the gateway accepts a new charger without
 * asking only when the station could record it.
 *
 * <p>Identities are compared ignoring case everywhere (the gateway's connections, its registry and the station's
 * records): {@code CP-1} and {@code cp-1} are one charger. A record keeps the spelling it was created with; what is
 * compared, looked up and indexed is {@link #fold the folded form}.
 */
public final class ChargerIdentity {

    private static final Pattern RECORDABLE = Pattern.compile("[A-Za-z0-9*_=:+|@.\\-]{1,48}");

    private ChargerIdentity() {}

    public static boolean isRecordable(String ocppId) {
        return ocppId != null && RECORDABLE.matcher(ocppId).matches();
    }

    /**
     * The form identities are compared in: lower case in the root locale. Identities are ASCII, so this is also
     * what PostgreSQL's {@code lower()} gives, which the unique indexes use.
     */
    public static String fold(String ocppId) {
        return ocppId.toLowerCase(Locale.ROOT);
    }

    /** Whether two identities name the same charger. */
    public static boolean same(String one, String other) {
        return one != null && other != null && fold(one).equals(fold(other));
    }
}
