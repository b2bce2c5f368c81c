package io.evzone.notification.preferences.web;

import io.evzone.notification.preferences.domain.UserPreferences;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications/preferences")
@Tag(
        name = "Notification preferences",
        description = "The caller's own channels per category, language and quiet hours.")
class PreferencesController {

    private final UserPreferences preferences;

    PreferencesController(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "The caller's preferences, every category with the channels in effect")
    PreferencesBody get() {
        return PreferencesBody.of(preferences.of(Caller.current().userId()));
    }

    @PutMapping
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "Replace the caller's preferences", description = "Categories left out use their defaults.")
    @ApiResponse(responseCode = "400", description = "An unknown language, time zone, category or channel, named")
    PreferencesBody put(@RequestBody PreferencesBody body) {
        String userId = Caller.current().userId();
        preferences.save(body.toPreferences(userId));
        return PreferencesBody.of(preferences.of(userId));
    }
}
