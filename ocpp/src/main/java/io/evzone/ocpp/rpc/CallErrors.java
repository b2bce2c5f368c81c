package io.evzone.ocpp.rpc;

/** Rules for the CALLERRORs this library writes. */
final class CallErrors {
    /** OCPP 2.0.1 Part 4 §4.2.3 table 7: ErrorDescription is a string[255]. */
    static final int MAX_DESCRIPTION_LENGTH = 255;

    private CallErrors() {}

    static String truncate(String description) {
        if (description.length() <= MAX_DESCRIPTION_LENGTH) {
            return description;
        }
        return description.substring(0, MAX_DESCRIPTION_LENGTH - 3) + "...";
    }
}
