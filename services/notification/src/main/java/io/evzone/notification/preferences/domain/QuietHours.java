package io.evzone.notification.preferences.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** A daily window, in the recipient's local time, when nothing should buzz; it may run past midnight. */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quietHours: start and end must differ");
        }
    }

    /** When the window holding {@code now} ends, or empty when {@code now} is outside it. */
    public Optional<Instant> endIfWithin(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate today = local.toLocalDate();
        boolean overnight = end.isBefore(start);
        if (!overnight) {
            return !time.isBefore(start) && time.isBefore(end)
                    ? Optional.of(ZonedDateTime.of(today, end, zone).toInstant())
                    : Optional.empty();
        }
        if (!time.isBefore(start)) {
            return Optional.of(ZonedDateTime.of(today.plusDays(1), end, zone).toInstant());
        }
        return time.isBefore(end)
                ? Optional.of(ZonedDateTime.of(today, end, zone).toInstant())
                : Optional.empty();
    }
}
