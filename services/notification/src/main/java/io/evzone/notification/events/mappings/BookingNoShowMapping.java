package io.evzone.notification.events.mappings;

import io.evzone.contracts.booking.BookingNoShow;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The driver hears their booking was released because they did not arrive, and any fee kept. */
@Component
class BookingNoShowMapping extends Mapping<BookingNoShow> {

    BookingNoShowMapping() {
        super(BookingNoShow.class);
    }

    @Override
    public List<Intent> intents(BookingNoShow event) {
        return List.of(Intent.toUser(
                event.userId(),
                "booking.no-show",
                Category.BOOKING,
                Map.of(
                        "bookingId", event.bookingId(),
                        "stationName", event.stationName(),
                        "ocppId", event.ocppId(),
                        "slotStart", Formats.localTime(event.slotStart(), event.timeZone()),
                        "fee", event.fee() > 0 ? Formats.money(event.fee(), event.currency()) : "")));
    }
}
