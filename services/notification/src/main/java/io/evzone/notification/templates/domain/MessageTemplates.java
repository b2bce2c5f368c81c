package io.evzone.notification.templates.domain;

import java.util.List;
import java.util.Map;

/** The messages the service can say, per template name and language. */
public interface MessageTemplates {

    /** The language used when a recipient's is unknown or has no translation. */
    String DEFAULT_LANGUAGE = "en";

    /**
     * Renders a template in the recipient's language, or in {@link #DEFAULT_LANGUAGE} when it has no translation.
     *
     * @throws TemplateException for an unknown template or a variable missing from {@code data}
     */
    RenderedMessage render(String template, String language, Map<String, String> data);

    /** Every template name, sorted. */
    List<String> names();

    /** The languages a template is written in, sorted. */
    List<String> languages(String template);
}
