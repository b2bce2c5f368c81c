package io.evzone.notification.feed.web;

import io.evzone.notification.feed.domain.Feed;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.notification.shared.web.Paging;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(
        name = "In-app notifications",
        description = "The caller's own feed: every signed-in user reads and marks only their own notifications.")
class FeedController {

    private final Feed feed;
    private final Clock clock;

    FeedController(Feed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "The caller's notifications, newest first")
    List<FeedItemResponse> list(
            @RequestParam(required = false) @Parameter(description = "Only unread ones") Boolean unread,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return feed
                .page(
                        Caller.current().userId(),
                        Boolean.TRUE.equals(unread),
                        Paging.limit(limit),
                        Paging.offset(offset))
                .stream()
                .map(FeedItemResponse::of)
                .toList();
    }

    @PatchMapping("/{id}/read")
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "Mark one of the caller's notifications read")
    @ApiResponse(responseCode = "404", description = "The caller has no such notification")
    FeedItemResponse read(@PathVariable UUID id) {
        return feed.markRead(Caller.current().userId(), id, clock.instant())
                .map(FeedItemResponse::of)
                .orElseThrow(() -> ApiException.notFound("Notification", id));
    }

    @PatchMapping("/read-all")
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(summary = "Mark all the caller's notifications read", description = "Answers how many were unread.")
    Map<String, Integer> readAll() {
        return Map.of("updated", feed.markAllRead(Caller.current().userId(), clock.instant()));
    }
}
