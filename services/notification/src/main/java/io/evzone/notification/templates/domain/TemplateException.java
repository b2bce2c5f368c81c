package io.evzone.notification.templates.domain;

/** A message that cannot be rendered: the request named no known template, or left out one of its variables. */
public final class TemplateException extends RuntimeException {

    public enum Kind {
        UNKNOWN_TEMPLATE,
        MISSING_VARIABLE
    }

    private final Kind kind;

    private TemplateException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static TemplateException unknown(String template, String language) {
        return new TemplateException(
                Kind.UNKNOWN_TEMPLATE, "template: no template '" + template + "' in language '" + language + "'");
    }

    public static TemplateException missingVariable(String template, String variable) {
        return new TemplateException(
                Kind.MISSING_VARIABLE, "data." + variable + ": template '" + template + "' needs it");
    }

    public Kind kind() {
        return kind;
    }
}
