package io.evzone.platform.web;

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a value carrying one fails in the driver.
 * Every service refuses it where input enters, naming the field, instead of answering 500 later.
 */
public final class NulCharacters {

    private NulCharacters() {}

    public static boolean in(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    /** The message a refusal shows, naming the field (a parameter, or a path into a JSON body). */
    public static String refusal(String field) {
        return field + ": must not contain the NUL character";
    }
}
