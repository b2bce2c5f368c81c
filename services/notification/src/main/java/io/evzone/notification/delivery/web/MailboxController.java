package io.evzone.notification.delivery.web;

import io.evzone.notification.delivery.providers.CaughtMail;
import io.evzone.notification.delivery.providers.MailCatcher;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.notification.shared.web.Paging;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Mailbox",
        description =
                "The mail the local mail catcher received, when no SMTP_URL is set. Platform administrators" + " only.")
class MailboxController {

    private final ObjectProvider<MailCatcher> catcher;

    MailboxController(ObjectProvider<MailCatcher> catcher) {
        this.catcher = catcher;
    }

    @GetMapping("/api/v1/admin/mailbox")
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(summary = "List caught mail, newest first")
    @ApiResponse(responseCode = "404", description = "Mail goes to a real server (SMTP_URL is set)")
    List<CaughtMail> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        MailCatcher local = catcher.getIfAvailable();
        if (local == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No local mail catcher: mail goes to SMTP_URL");
        }
        return local.messages(Paging.limit(limit), Paging.offset(offset));
    }
}
