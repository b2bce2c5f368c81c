package io.evzone.notification.push.web;

import io.evzone.notification.push.domain.PushSubscription;
import io.evzone.notification.push.domain.PushSubscriptions;
import io.evzone.notification.push.providers.WebPushService;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.notification.shared.web.Paging;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/push")
@Tag(name = "Push subscriptions", description = "The caller's own browsers (Web Push) and devices (FCM).")
class PushSubscriptionController {

    /** The VAPID key a browser passes to {@code pushManager.subscribe} as {@code applicationServerKey}. */
    record VapidKey(String publicKey) {}

    private final PushSubscriptions subscriptions;
    private final WebPushService.Vapid vapid;
    private final Clock clock;

    PushSubscriptionController(PushSubscriptions subscriptions, WebPushService.Vapid vapid, Clock clock) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
        this.clock = clock;
    }

    @GetMapping("/vapid-public-key")
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "The server's VAPID public key, uncompressed P-256 point in base64url")
    VapidKey vapidPublicKey() {
        return new VapidKey(vapid.publicKey());
    }

    @GetMapping("/subscriptions")
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "The caller's push subscriptions, oldest first")
    List<SubscriptionBody> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return subscriptions.of(Caller.current().userId(), Paging.limit(limit), Paging.offset(offset)).stream()
                .map(SubscriptionBody::of)
                .toList();
    }

    @PostMapping("/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(
            summary = "Subscribe a browser or a device",
            description = "A browser's PushSubscription JSON ({endpoint, keys: {p256dh, auth}}) or {fcmToken}."
                    + " Subscribing the same endpoint or token again returns the existing subscription.")
    @ApiResponse(responseCode = "400", description = "A missing or malformed field, named")
    SubscriptionBody subscribe(@RequestBody SubscriptionBody body) {
        PushSubscription subscription =
                body.toSubscription(UUID.randomUUID(), Caller.current().userId(), clock.instant());
        return SubscriptionBody.of(subscriptions.add(subscription));
    }

    @DeleteMapping("/subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "Unsubscribe one of the caller's browsers or devices")
    @ApiResponse(responseCode = "404", description = "The caller has no subscription with that id")
    void unsubscribe(@PathVariable UUID id) {
        if (!subscriptions.remove(Caller.current().userId(), id)) {
            throw ApiException.notFound("Push subscription", id);
        }
    }
}
