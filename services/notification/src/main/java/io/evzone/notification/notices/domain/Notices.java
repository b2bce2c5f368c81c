package io.evzone.notification.notices.domain;

import java.util.List;

/** Organizations' announcements. */
public interface Notices {

    void add(Notice notice);

    /** An organization's notices, newest first; every organization's when {@code organizationId} is null. */
    List<Notice> list(String organizationId, int limit, int offset);
}
