package io.evzone.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string carried a NUL character; Jackson adds the path to the field as it unwinds. */
public class NulCharacterException extends MismatchedInputException {

    public NulCharacterException(JsonParser parser) {
        super(parser, "String contains the NUL character", String.class);
    }

    /** The field as a client wrote it: {@code name}, {@code labels[1].text}. */
    public String field() {
        return BodyFields.field(this);
    }
}
