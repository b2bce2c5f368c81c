package io.evzone.notification.feed.web;

import io.evzone.notification.feed.streaming.EventStreams;
import io.evzone.notification.shared.web.Authorities;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "In-app notifications")
class EventStreamController {

    private final EventStreams streams;

    EventStreamController(EventStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/api/v1/sse/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(Authorities.AUTHENTICATED)
    @Operation(
            summary = "The caller's own notifications as server-sent events",
            description = "Each event is named 'notification', carries the notification as JSON and has the feed's"
                    + " sequence number as its id. A reconnecting browser sends Last-Event-ID (or lastEventId) and"
                    + " gets what it missed first. Authenticated by the access cookie or a Bearer token; the stream"
                    + " carries the caller's notifications only, whichever node they were sent from.")
    @ApiResponse(responseCode = "200", description = "The stream")
    @ApiResponse(responseCode = "400", description = "Last-Event-ID is not a number")
    SseEmitter events(
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
            @RequestParam(name = "lastEventId", required = false)
                    @Parameter(description = "For clients that cannot" + " set headers")
                    String lastEventIdParam) {
        String lastEventId = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam;
        return streams.open(Caller.current().userId(), parse(lastEventId), FeedItemResponse::of);
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Last-Event-ID: '" + lastEventId + "' is not an event id of this stream");
        }
    }
}
