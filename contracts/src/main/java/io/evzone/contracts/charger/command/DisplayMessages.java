package io.evzone.contracts.charger.command;

/** The values display messages share. */
public final class DisplayMessages {

    private DisplayMessages() {}

    public enum Priority {
        ALWAYS_FRONT,
        IN_FRONT,
        NORMAL_CYCLE
    }

    /** When the charger shows it. */
    public enum State {
        CHARGING,
        FAULTED,
        IDLE,
        UNAVAILABLE
    }

    public enum Format {
        ASCII,
        HTML,
        URI,
        UTF8
    }

    /** @param language RFC 5646 tag, optional */
    public record Content(Format format, String language, String text) {

        public Content {
            Fields.required(format, "content.format");
            Fields.optionalText(language, "content.language", 8);
            Fields.text(text, "content.text", 512);
        }
    }
}
