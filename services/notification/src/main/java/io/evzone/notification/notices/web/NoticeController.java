package io.evzone.notification.notices.web;

import io.evzone.notification.notices.application.PublishNotice;
import io.evzone.notification.notices.domain.Notice;
import io.evzone.notification.notices.domain.Notices;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.notification.shared.web.Paging;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(
        name = "Operator notices",
        description = "Announcements to every member of the caller's organization. Needs organizations.manage or"
                + " users.manage; platform administrators name the organization.")
class NoticeController {

    /** @param organizationId only for platform administrators; others publish to their own organization */
    record NoticeRequest(String title, String message, String organizationId) {}

    /** A ready-made notice an operator may start from. */
    record NoticeTemplate(String key, String title, String message) {}

    private static final List<NoticeTemplate> TEMPLATES = List.of(
            new NoticeTemplate(
                    "maintenance-window",
                    "Planned maintenance",
                    "Some chargers will be unavailable during planned maintenance. We are sorry for the inconvenience."),
            new NoticeTemplate(
                    "outage",
                    "Service disruption",
                    "Some chargers are currently unavailable. We are working to restore them."),
            new NoticeTemplate(
                    "tariff-change", "New tariffs", "Charging prices change soon. See the app for the new tariffs."));

    private final PublishNotice publish;
    private final Notices notices;

    NoticeController(PublishNotice publish, Notices notices) {
        this.publish = publish;
        this.notices = notices;
    }

    @GetMapping
    @PreAuthorize(Authorities.OPERATOR)
    @Operation(summary = "The organization's notices, newest first")
    List<Notice> list(
            @RequestParam(required = false) @Parameter(description = "Platform administrators only")
                    String organizationId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        AccessTokenClaims caller = Caller.current();
        String scope = caller.isPlatformAdmin() ? organizationId : ownOrganization(caller);
        return notices.list(scope, Paging.limit(limit), Paging.offset(offset));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.OPERATOR)
    @Operation(summary = "Publish a notice to every active member of the organization")
    @ApiResponse(
            responseCode = "400",
            description = "A missing title, message or (for platform administrators)" + " organizationId, named")
    Notice publish(@RequestBody NoticeRequest request) {
        AccessTokenClaims caller = Caller.current();
        String organizationId = caller.isPlatformAdmin()
                ? required("organizationId", request.organizationId())
                : ownOrganization(caller);
        return publish.handle(new PublishNotice.Request(
                organizationId,
                required("title", request.title()),
                required("message", request.message()),
                caller.userId()));
    }

    @GetMapping("/templates")
    @PreAuthorize(Authorities.OPERATOR)
    @Operation(summary = "Ready-made notices to start from")
    List<NoticeTemplate> templates() {
        return TEMPLATES;
    }

    private static String ownOrganization(AccessTokenClaims caller) {
        if (caller.organizationId() == null) {
            throw ApiException.forbidden("Notices belong to an organization and the caller has none");
        }
        return caller.organizationId();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field + ": required");
        }
        return value;
    }
}
