package io.evzone.notification.unsubscribe.web;

import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.unsubscribe.application.Unsubscribe;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications/unsubscribe")
@Tag(
        name = "Unsubscribe",
        description = "The link in each email other than security ones: no login, the signed token is the proof.")
class UnsubscribeController {

    /** Email is now off for this category. */
    record Unsubscribed(Category category, boolean email) {}

    private final Unsubscribe unsubscribe;

    UnsubscribeController(Unsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @GetMapping
    @Operation(summary = "Turn off email for the link's category (the link in the body)")
    @ApiResponse(responseCode = "400", description = "token: not a valid unsubscribe token")
    Unsubscribed viaLink(@RequestParam String token) {
        return apply(token);
    }

    @PostMapping
    @Operation(summary = "Turn off email for the link's category (RFC 8058 one-click, List-Unsubscribe-Post)")
    @ApiResponse(responseCode = "400", description = "token: not a valid unsubscribe token")
    Unsubscribed oneClick(@RequestParam String token) {
        return apply(token);
    }

    private Unsubscribed apply(String token) {
        return unsubscribe
                .apply(token)
                .map(subject -> new Unsubscribed(subject.category(), false))
                .orElseThrow(() -> ApiException.badRequest("token: not a valid unsubscribe token"));
    }
}
