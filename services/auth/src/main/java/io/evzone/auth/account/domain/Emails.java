package io.evzone.auth.account.domain;

import io.evzone.auth.shared.domain.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as EVZone stores them: trimmed and lower-case, so lookups ignore case. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LENGTH = 254;

    private Emails() {}

    /** The normalized address, or null for null or blank input. */
    public static String normalize(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_LENGTH || !SHAPE.matcher(normalized).matches()) {
            throw DomainException.invalid("email: must be a well-formed email address");
        }
        return normalized;
    }

    public static boolean looksLikeEmail(String identifier) {
        return identifier != null && identifier.contains("@");
    }
}
