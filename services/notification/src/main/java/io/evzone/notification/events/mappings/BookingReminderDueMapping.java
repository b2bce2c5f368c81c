package io.evzone.notification.events.mappings;

import io.evzone.contracts.booking.BookingReminderDue;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The driver is reminded that their booked slot starts soon. */
@Component
class BookingReminderDueMapping extends Mapping<BookingReminderDue> {

    BookingReminderDueMapping() {
        super(BookingReminderDue.class);
    }

    @Override
    public List<Intent> intents(BookingReminderDue event) {
        return List.of(Intent.toUser(
                event.userId(),
                "booking.reminder",
                Category.BOOKING,
                Map.of(
                        "bookingId", event.bookingId(),
                        "stationName", event.stationName(),
                        "ocppId", event.ocppId(),
                        "connectorId", String.valueOf(event.connectorId()),
                        "slotStart", Formats.localTime(event.slotStart(), event.timeZone()),
                        "minutesBefore", String.valueOf(event.minutesBefore()))));
    }
}
