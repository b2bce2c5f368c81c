package io.evzone.notification.templates.rendering;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import io.evzone.notification.templates.domain.MessageTemplates;
import io.evzone.notification.templates.domain.RenderedMessage;
import io.evzone.notification.templates.domain.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Templates from {@code classpath:notification-templates/<template>.<language>.mustache}, compiled once. The
 * compilers are strict: a variable missing from the data is an error, never an empty gap in the message. The HTML
 * section escapes variables; the others print them as given.
 */
public class MustacheTemplates implements MessageTemplates {

    static final String LOCATION = "classpath*:notification-templates/*.mustache";

    private final Map<String, Map<String, Compiled>> byNameAndLanguage;

    private record Compiled(Template subject, Template text, Template html, Template brief) {}

    private MustacheTemplates(Map<String, Map<String, Compiled>> byNameAndLanguage) {
        this.byNameAndLanguage = byNameAndLanguage;
    }

    public static MustacheTemplates fromClasspath() {
        Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true);
        Mustache.Compiler html = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true);
        Map<String, Map<String, Compiled>> templates = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = resource.getFilename();
                String base = file.substring(0, file.length() - ".mustache".length());
                int dot = base.lastIndexOf('.');
                String name = base.substring(0, dot);
                String language = base.substring(dot + 1);
                TemplateSource source = TemplateSource.parse(file, resource.getContentAsString(StandardCharsets.UTF_8));
                templates
                        .computeIfAbsent(name, key -> new TreeMap<>())
                        .put(
                                language,
                                new Compiled(
                                        plain.compile(source.section("subject")),
                                        plain.compile(source.section("text")),
                                        html.compile(source.section("html")),
                                        plain.compile(source.section("brief"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the notification templates", e);
        }
        return new MustacheTemplates(templates);
    }

    @Override
    public RenderedMessage render(String template, String language, Map<String, String> data) {
        Map<String, Compiled> languages = byNameAndLanguage.get(template);
        if (languages == null) {
            throw TemplateException.unknown(template, language);
        }
        Compiled compiled = languages.getOrDefault(language, languages.get(DEFAULT_LANGUAGE));
        if (compiled == null) {
            throw TemplateException.unknown(template, language);
        }
        try {
            return new RenderedMessage(
                    compiled.subject().execute(data).strip(),
                    compiled.text().execute(data),
                    compiled.html().execute(data),
                    compiled.brief().execute(data).strip());
        } catch (MustacheException.Context e) {
            throw TemplateException.missingVariable(template, e.key);
        }
    }

    @Override
    public List<String> names() {
        return List.copyOf(byNameAndLanguage.keySet());
    }

    @Override
    public List<String> languages(String template) {
        Map<String, Compiled> languages = byNameAndLanguage.get(template);
        return languages == null ? List.of() : List.copyOf(new TreeSet<>(languages.keySet()));
    }
}
