package io.evzone.auth.account.domain;

import io.evzone.auth.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: long enough, not absurdly long, not a well-known
 * password, not the account's own email, phone or name. No composition rules (they push people to
 * predictable patterns); length and the blocklist do the work.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password12",
            "password123",
            "password1234",
            "passw0rd",
            "p@ssw0rd",
            "12345678",
            "123456789",
            "1234567890",
            "0123456789",
            "87654321",
            "11111111",
            "00000000",
            "qwertyui",
            "qwerty123",
            "qwertyuiop",
            "1q2w3e4r",
            "1qaz2wsx",
            "zaq12wsx",
            "asdfghjk",
            "asdfasdf",
            "iloveyou",
            "sunshine",
            "princess",
            "football",
            "baseball",
            "welcome1",
            "welcome123",
            "letmein1",
            "trustno1",
            "superman",
            "starwars",
            "whatever",
            "abcd1234",
            "abc12345",
            "aa123456",
            "admin123",
            "administrator",
            "changeme",
            "evzone123",
            "evzonecharging",
            "charging",
            "chargepoint",
            "12341234",
            "11223344",
            "qwerty12",
            "monkey123",
            "dragon123",
            "master123",
            "computer",
            "internet",
            "football1");

    private PasswordPolicy() {}

    /** Every reason the password is refused, empty when it is acceptable. */
    public static List<String> problems(String password, String... personalData) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add("password: must not be blank");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password: must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            problems.add("password: must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.chars().distinct().count() == 1) {
            problems.add("password: is too common; choose a less predictable one");
        }
        if (matchesPersonalData(lower, personalData)) {
            problems.add("password: must not be your email address, phone number or name");
        }
        return problems;
    }

    /** Refuses an unacceptable password with the first reason. */
    public static void enforce(String password, String... personalData) {
        List<String> problems = problems(password, personalData);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.getFirst());
        }
    }

    private static boolean matchesPersonalData(String lowerPassword, String... personalData) {
        for (String data : personalData) {
            if (data == null || data.isBlank()) {
                continue;
            }
            String value = data.trim().toLowerCase(Locale.ROOT);
            int at = value.indexOf('@');
            if (lowerPassword.equals(value) || at > 0 && lowerPassword.equals(value.substring(0, at))) {
                return true;
            }
        }
        return false;
    }
}
