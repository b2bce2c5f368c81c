package io.evzone.notification.adminsend.web;

import io.evzone.notification.delivery.application.PhoneNumbers;
import io.evzone.notification.delivery.application.SendDirectly;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.shared.config.NotificationProperties;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(
        name = "Admin sends",
        description = "A platform administrator's own SMS and push messages. Platform administrators" + " only.")
class AdminSendController {

    /** @param to a phone number, E.164 or national @param userId the recipient's user id, when known */
    record SmsRequest(String to, String message, String userId) {}

    /** @param type shown to the app as the notification's type; {@code admin.message} when absent */
    record PushRequest(String userId, String title, String message, String type, Map<String, String> metadata) {}

    /** One queued send: follow it at /api/v1/notifications/deliveries/{id}. */
    record Queued(UUID id, Channel channel, String address, String status, String failureReason) {

        static Queued of(Delivery d) {
            return new Queued(d.id(), d.channel(), d.address(), d.status().name(), d.failureReason());
        }
    }

    private final SendDirectly send;
    private final String phoneRegion;

    AdminSendController(SendDirectly send, NotificationProperties properties) {
        this.send = send;
        this.phoneRegion = properties.phoneRegion();
    }

    @PostMapping("/sms")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(summary = "Send an SMS", description = "The number is normalised to E.164.")
    @ApiResponse(responseCode = "400", description = "A missing message or an invalid number, named")
    @ApiResponse(responseCode = "409", description = "No SMS provider is configured")
    List<Queued> sms(@RequestBody SmsRequest request) {
        required("message", request.message());
        String number = PhoneNumbers.e164(required("to", request.to()), phoneRegion)
                .orElseThrow(() -> ApiException.badRequest("to: '" + request.to() + "' is not a valid phone number"));
        return send.handle(request.userId(), Map.of(Channel.SMS, number), null, request.message(), Map.of()).stream()
                .map(Queued::of)
                .toList();
    }

    @PostMapping("/push")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(
            summary = "Send a message to a user's devices and feed",
            description = "Queued in-app, and as push to each browser and device the user subscribed.")
    @ApiResponse(responseCode = "400", description = "A missing field, named")
    List<Queued> push(@RequestBody PushRequest request) {
        String userId = required("userId", request.userId());
        required("message", request.message());
        Map<Channel, String> channels = new LinkedHashMap<>();
        channels.put(Channel.IN_APP, userId);
        channels.put(Channel.PUSH, userId);
        Map<String, String> extra = new LinkedHashMap<>(request.metadata() == null ? Map.of() : request.metadata());
        if (request.type() != null) {
            extra.put("type", request.type());
        }
        return send.handle(userId, channels, request.title(), request.message(), extra).stream()
                .map(Queued::of)
                .toList();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field + ": required");
        }
        return value;
    }
}
