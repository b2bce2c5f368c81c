package io.evzone.gateway.bridge;

/**
 * Well-formed UTF-16. JSON lets a string escape half of a surrogate pair ({@code "\ud800"}), which no UTF-8 frame,
 * Kafka record or database row can carry: the socket that tries to send it back fails.
 */
public final class UnicodeText {

    public static final char REPLACEMENT = '\uFFFD';

    private UnicodeText() {}

    /** Whether the char at {@code index} is half of a surrogate pair without its other half. */
    public static boolean isUnpairedSurrogateAt(CharSequence text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        return Character.isLowSurrogate(c) && (index == 0 || !Character.isHighSurrogate(text.charAt(index - 1)));
    }

    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnpairedSurrogateAt(text, i)) {
                return false;
            }
        }
        return true;
    }

    /** The text with each unpaired surrogate replaced by U+FFFD (the same text when there is none). */
    public static String repaired(String text) {
        return replaced(text, false);
    }

    /** As {@link #repaired}, and each control character (U+0000 to U+001F, U+007F to U+009F) replaced too. */
    public static String withoutControls(String text) {
        return replaced(text, true);
    }

    private static String replaced(String text, boolean controls) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean replace = isUnpairedSurrogateAt(text, i) || controls && Character.isISOControl(c);
            if (replace && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(replace ? REPLACEMENT : c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
