package io.evzone.notification.templates.web;

import io.evzone.notification.shared.web.Authorities;
import io.evzone.notification.templates.domain.MessageTemplates;
import io.evzone.notification.templates.domain.RenderedMessage;
import io.evzone.notification.templates.domain.TemplateException;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications/templates")
@Tag(
        name = "Message templates",
        description = "What the service says per event type and language, and a preview of it with sample data. Needs"
                + " organizations.manage or users.manage.")
class TemplateController {

    /** @param languages the languages it is written in; other languages get English */
    record TemplateSummary(String name, List<String> languages) {}

    /** @param language ISO 639-1 code; English when absent @param data the template's variables */
    record PreviewRequest(String language, Map<String, String> data) {}

    private final MessageTemplates templates;

    TemplateController(MessageTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize(Authorities.OPERATOR)
    @Operation(summary = "List the templates")
    List<TemplateSummary> list() {
        return templates.names().stream()
                .map(name -> new TemplateSummary(name, templates.languages(name)))
                .toList();
    }

    @PostMapping("/{name}/preview")
    @PreAuthorize(Authorities.OPERATOR)
    @Operation(
            summary = "Render a template with sample data",
            description =
                    "Subject, text and HTML email, and the" + " short form used by SMS, push and in-app messages.")
    @ApiResponse(responseCode = "400", description = "A variable the template needs is missing, named")
    @ApiResponse(responseCode = "404", description = "No such template")
    RenderedMessage preview(@PathVariable String name, @RequestBody PreviewRequest request) {
        String language = request.language() == null ? MessageTemplates.DEFAULT_LANGUAGE : request.language();
        try {
            return templates.render(name, language, request.data() == null ? Map.of() : request.data());
        } catch (TemplateException e) {
            throw new ApiException(
                    e.kind() == TemplateException.Kind.UNKNOWN_TEMPLATE ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                    e.getMessage());
        }
    }
}
