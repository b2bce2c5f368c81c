package io.evzone.notification.delivery.web;

import io.evzone.notification.delivery.application.ReplayDelivery;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.DeliveryFilter;
import io.evzone.notification.delivery.domain.DeliveryStatus;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.notification.shared.web.Paging;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications/deliveries")
@Tag(
        name = "Deliveries",
        description = "Every send the service owes or made, one per event, recipient and channel, with its status and"
                + " the provider's id. Failed ones are the dead letters, which can be replayed. Platform"
                + " administrators only.")
class DeliveryController {

    private final Deliveries deliveries;
    private final ReplayDelivery replay;

    DeliveryController(Deliveries deliveries, ReplayDelivery replay) {
        this.deliveries = deliveries;
        this.replay = replay;
    }

    @GetMapping
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(summary = "List deliveries, newest first", description = "status=FAILED lists the dead letters.")
    List<DeliveryResponse> list(
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) @Parameter(description = "Only this recipient's") String userId,
            @RequestParam(required = false) @Parameter(description = "Only those this event caused") UUID eventId,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return deliveries
                .list(new DeliveryFilter(status, userId, eventId, channel), Paging.limit(limit), Paging.offset(offset))
                .stream()
                .map(DeliveryResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(summary = "Get a delivery and its status")
    @ApiResponse(responseCode = "404", description = "No such delivery")
    DeliveryResponse get(@PathVariable UUID id) {
        return deliveries.find(id).map(DeliveryResponse::of).orElseThrow(() -> ApiException.notFound("Delivery", id));
    }

    @PostMapping("/{id}/replay")
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(summary = "Replay a dead letter", description = "Queues a FAILED delivery again with fresh attempts.")
    @ApiResponse(responseCode = "404", description = "No such delivery")
    @ApiResponse(responseCode = "409", description = "The delivery has not failed")
    DeliveryResponse replay(@PathVariable UUID id) {
        return DeliveryResponse.of(replay.handle(id));
    }
}
