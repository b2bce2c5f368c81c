package io.evzone.gateway.bridge;

import io.evzone.contracts.charger.IdToken;

/**
 * Id tokens as chargers present them, made safe to store. OCPP 1.6 idTag (CiString20Type) and 2.0.1 idToken
 * (string[36]) may hold any character, but no card, key or contract id holds a control character, and PostgreSQL
 * text cannot hold U+0000 at all: a session under such a token could never be stored, and was lost. Each control
 * character and unpaired surrogate becomes U+FFFD, so the transaction, its meter values and its stop are stored
 * under a token that matches no registered one; a token holding U+FFFD is {@linkplain #isUsable not usable} and
 * is answered Invalid ({@link DomainQuestions}).
 */
public final class PresentedTokens {

    private PresentedTokens() {}

    /** A 1.6 idTag (type {@code ISO14443} by convention), made safe to store; null stays null. */
    public static IdToken ofIdTag(String idTag) {
        return idTag == null ? null : IdToken.ofIdTag(UnicodeText.withoutControls(idTag));
    }

    /** A 2.0.1 idToken, made safe to store. */
    public static IdToken of(String value, String type) {
        return new IdToken(value == null ? null : UnicodeText.withoutControls(value), type);
    }

    /** False when the charger sent characters no token holds (they are U+FFFD now). */
    public static boolean isUsable(IdToken token) {
        return token == null || token.value() == null || token.value().indexOf(UnicodeText.REPLACEMENT) < 0;
    }
}
