package io.evzone.gateway.rpc;

import java.util.function.Consumer;

/** Joins the parts of one text message, as Tomcat hands them over, up to the largest message accepted. */
final class MessageAssembly {

    private final int maxChars;
    private StringBuilder partial;

    MessageAssembly(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * Adds a part; the whole message goes to {@code whole} once its last part is in.
     *
     * @return false when the message grew beyond the maximum (what came so far is dropped)
     */
    boolean add(String text, boolean last, Consumer<String> whole) {
        if (partial == null && last) {
            whole.accept(text);
            return true;
        }
        if (partial == null) {
            partial = new StringBuilder(Math.min(maxChars, text.length() * 4));
        }
        if (partial.length() + text.length() > maxChars) {
            partial = null;
            return false;
        }
        partial.append(text);
        if (last) {
            String message = partial.toString();
            partial = null;
            whole.accept(message);
        }
        return true;
    }
}
