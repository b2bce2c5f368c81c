package io.evzone.ocpp.rpc;

import java.util.UUID;

/** Fresh message ids: random UUIDs, 36 characters, as OCPP-J 1.6 §4.1.4 has in mind ("to allow for GUIDs"). */
public final class MessageIds {
    private MessageIds() {}

    /** A new random message id. */
    public static String random() {
        return UUID.randomUUID().toString();
    }
}
