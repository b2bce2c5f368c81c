package io.evzone.notification.templates.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.notification.NotificationTemplates;
import io.evzone.notification.templates.domain.RenderedMessage;
import io.evzone.notification.templates.domain.TemplateException;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MustacheTemplatesTest {

    private static final MustacheTemplates TEMPLATES = MustacheTemplates.fromClasspath();

    @Test
    void everyTemplateTheContractsNameExistsInEnglishAndFrench() throws IllegalAccessException {
        for (Field field : NotificationTemplates.class.getFields()) {
            String name = (String) field.get(null);
            assertThat(TEMPLATES.languages(name)).as(name).contains("en", "fr");
        }
        for (String name : TEMPLATES.names()) {
            assertThat(TEMPLATES.languages(name)).as(name).containsExactly("en", "fr");
        }
    }

    @Test
    void rendersInTheRecipientsLanguageAndEscapesVariablesOnlyInHtml() {
        RenderedMessage message = TEMPLATES.render(
                NotificationTemplates.AUTH_ADDED_TO_ORGANIZATION,
                "fr",
                Map.of("name", "Zoé", "organizationName", "Kampala <Power>", "role", "MANAGER"));

        assertThat(message.subject()).isEqualTo("Vous avez été ajouté(e) à Kampala <Power>");
        assertThat(message.text()).contains("Bonjour Zoé,").contains("Kampala <Power>");
        assertThat(message.html()).contains("Kampala &lt;Power&gt;");
        assertThat(message.brief())
                .isEqualTo("Vous avez été ajouté(e) à Kampala <Power> sur EVZone en tant que MANAGER.");
    }

    @Test
    void fallsBackToEnglishForALanguageWithoutTranslation() {
        RenderedMessage message = TEMPLATES.render(
                NotificationTemplates.AUTH_PASSWORD_CHANGED, "sw", Map.of("name", "", "changedAt", "today"));

        assertThat(message.text()).startsWith("Hello,");
    }

    @Test
    void aPasswordResetBySmsNeedsNoLink() {
        RenderedMessage message = TEMPLATES.render(
                NotificationTemplates.AUTH_PASSWORD_RESET,
                "en",
                Map.of("name", "Ada", "code", "123456", "expiresAt", "10:00"));

        assertThat(message.brief()).isEqualTo("EVZone password reset code: 123456 (expires 10:00)");
        assertThat(message.html()).doesNotContain("href");
    }

    @Test
    void aMissingVariableIsAnErrorNamingIt() {
        assertThatThrownBy(() -> TEMPLATES.render(
                        NotificationTemplates.AUTH_INVITATION, "en", Map.of("name", "Ada", "role", "x")))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("data.")
                .hasMessageEndingWith("template 'auth.invitation' needs it")
                .extracting(e -> ((TemplateException) e).kind())
                .isEqualTo(TemplateException.Kind.MISSING_VARIABLE);
    }

    @Test
    void anUnknownTemplateIsAnError() {
        assertThatThrownBy(() -> TEMPLATES.render("nope", "en", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template: no template 'nope' in language 'en'");
    }
}
