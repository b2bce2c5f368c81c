package io.evzone.auth.account.domain;

import io.evzone.auth.shared.domain.DomainException;
import java.util.regex.Pattern;

/**
 * Phone numbers as EVZone stores them: E.164 ({@code +256700123456}). Spaces, dashes, dots and
 * parentheses people type are dropped; a leading {@code 00} becomes {@code +}.
 */
public final class Phones {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");

    private Phones() {}

    /** The normalized number, or null for null or blank input. */
    public static String normalize(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String compact = phone.replaceAll("[\\s().-]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (!E164.matcher(compact).matches()) {
            throw DomainException.invalid("phone: must be an international number such as +256700123456");
        }
        return compact;
    }
}
