package io.evzone.ocpp.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * RFC 3339 date-times, the format of every OCPP {@code dateTime} (JSON schema {@code format: date-time}).
 * Parsing accepts any offset and fraction length; formatting writes UTC with {@code Z} and at most
 * milliseconds.
 */
public final class Rfc3339 {
    private Rfc3339() {}

    /** Whether the text is an RFC 3339 {@code date-time}: a full date, a full time and an offset. */
    public static boolean isValid(String text) {
        return parseOrNull(text) != null;
    }

    /**
     * The instant the text denotes.
     *
     * @throws DateTimeException if the text is not an RFC 3339 date-time
     */
    public static Instant parse(String text) {
        Instant instant = parseOrNull(text);
        if (instant == null) {
            throw new DateTimeException("Not an RFC 3339 date-time: " + text);
        }
        return instant;
    }

    /** The instant in UTC with a {@code Z}, truncated to milliseconds. */
    public static String format(Instant instant) {
        // OCPP 2.0.1 Part 2, primitive datatype dateTime: at most 3 fractional digits, and UTC is preferred.
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static Instant parseOrNull(String s) {
        // date-fullyear "-" date-month "-" date-mday ("T" / "t") HH ":" MM ":" SS
        if (s.length() < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        char t = s.charAt(10);
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((t != 'T' && t != 't') || year < 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) {
            return null;
        }
        if (second < 0
                || second > 60
                || hour < 0
                || minute < 0
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (s.charAt(position) == '.') {
            int start = ++position;
            while (position < s.length() && isDigit(s.charAt(position))) {
                if (position - start < 9) {
                    nanos = nanos * 10 + (s.charAt(position) - '0');
                }
                position++;
            }
            if (position == start) {
                return null;
            }
            for (int scale = Math.min(position - start, 9); scale < 9; scale++) {
                nanos *= 10;
            }
        }
        Integer offsetSeconds = offsetSeconds(s, position);
        if (offsetSeconds == null) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L
                + hour * 3_600L
                + minute * 60L
                + second
                - offsetSeconds;
        // A leap second (:60) lands on the first second of the next minute; java.time has no leap seconds.
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** time-offset = "Z" / ("+" / "-") HH ":" MM, which must end the text. */
    private static Integer offsetSeconds(String s, int position) {
        int remaining = s.length() - position;
        if (remaining == 1 && (s.charAt(position) == 'Z' || s.charAt(position) == 'z')) {
            return 0;
        }
        if (remaining != 6 || s.charAt(position + 3) != ':') {
            return null;
        }
        char sign = s.charAt(position);
        int hours = digits(s, position + 1, 2);
        int minutes = digits(s, position + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
            return null;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The decimal value of {@code count} digits at {@code from}, or -1 if any of them is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
