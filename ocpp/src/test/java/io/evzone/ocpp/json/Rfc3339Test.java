package io.evzone.ocpp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    @Test
    void readsUtcWithZ() {
        assertThat(Rfc3339.parse("2024-05-01T10:15:30Z")).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    }

    @Test
    void readsAnyOffsetAndConvertsToUtc() {
        assertThat(Rfc3339.parse("2024-05-01T12:15:30+02:00")).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
        assertThat(Rfc3339.parse("2024-05-01T05:45:30-04:30")).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    }

    @Test
    void readsFractionsOfAnyLengthAndLowerCaseSeparators() {
        assertThat(Rfc3339.parse("2024-05-01t10:15:30.1z")).isEqualTo(Instant.parse("2024-05-01T10:15:30.100Z"));
        assertThat(Rfc3339.parse("2024-05-01T10:15:30.123456789123Z"))
                .isEqualTo(Instant.parse("2024-05-01T10:15:30.123456789Z"));
    }

    @Test
    void readsALeapSecondAsTheNextMinute() {
        assertThat(Rfc3339.parse("2016-12-31T23:59:60Z")).isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
    }

    @Test
    void writesUtcWithZAndAtMostMilliseconds() {
        assertThat(Rfc3339.format(Instant.parse("2024-05-01T10:15:30.123456Z"))).isEqualTo("2024-05-01T10:15:30.123Z");
        assertThat(Rfc3339.format(Instant.parse("2024-05-01T10:15:30Z"))).isEqualTo("2024-05-01T10:15:30Z");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-05-01T10:15:30", // no offset
                "2024-05-01 10:15:30Z", // space separator
                "2024-05-01T10:15Z", // no seconds
                "2024-5-01T10:15:30Z",
                "2024-02-30T10:15:30Z", // no such day
                "2023-02-29T10:15:30Z", // not a leap year
                "2024-13-01T10:15:30Z",
                "2024-05-01T24:00:00Z",
                "2024-05-01T10:60:00Z",
                "2024-05-01T10:15:30.Z", // empty fraction
                "2024-05-01T10:15:30+0200",
                "2024-05-01T10:15:30+24:00",
                "2024-05-01T10:15:30ZZ",
                "yesterday",
                ""
            })
    void rejectsWhatIsNotAnRfc3339DateTime(String text) {
        assertThat(Rfc3339.isValid(text)).isFalse();
        assertThatThrownBy(() -> Rfc3339.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(Rfc3339.isValid("2024-02-29T00:00:00Z")).isTrue();
    }
}
