package io.evzone.notification.events.mappings;

import io.evzone.contracts.booking.BookingExpired;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The driver hears that a booking they never completed lapsed and the slot is no longer theirs. */
@Component
class BookingExpiredMapping extends Mapping<BookingExpired> {

    BookingExpiredMapping() {
        super(BookingExpired.class);
    }

    @Override
    public List<Intent> intents(BookingExpired event) {
        return List.of(Intent.toUser(
                event.userId(),
                "booking.expired",
                Category.BOOKING,
                Map.of(
                        "bookingId", event.bookingId(),
                        "stationName", event.stationName(),
                        "slotStart", Formats.localTime(event.slotStart(), event.timeZone()),
                        "reason", String.valueOf(event.reason()))));
    }
}
