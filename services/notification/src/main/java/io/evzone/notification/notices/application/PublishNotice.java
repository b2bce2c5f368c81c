package io.evzone.notification.notices.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.notification.events.application.NotifyOnEvent;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.notices.domain.Notice;
import io.evzone.notification.notices.domain.Notices;
import io.evzone.notification.preferences.domain.Category;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an organization's notice and tells each of its active members, on the channels they chose for
 * operations messages; the notice's id is the event id of those deliveries.
 */
@Service
public class PublishNotice {

    static final String TEMPLATE = "admin.message";

    /** @param createdBy the publishing operator's user id */
    public record Request(String organizationId, String title, String message, String createdBy) {

        public Request {
            Objects.requireNonNull(organizationId, "organizationId");
        }
    }

    private final Notices notices;
    private final NotifyOnEvent notify;
    private final Clock clock;

    public PublishNotice(Notices notices, NotifyOnEvent notify, Clock clock) {
        this.notices = notices;
        this.notify = notify;
        this.clock = clock;
    }

    @Transactional
    public Notice handle(Request request) {
        Notice notice = new Notice(
                TimeOrderedIds.next(),
                request.organizationId(),
                request.title(),
                request.message(),
                request.createdBy(),
                clock.instant());
        notices.add(notice);
        notify.handle(
                notice.id(),
                List.of(Intent.toMembersOf(
                        notice.organizationId(),
                        TEMPLATE,
                        Category.OPERATIONS,
                        Map.of("title", notice.title(), "message", notice.message()))));
        return notice;
    }
}
