package io.evzone.notification.push.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The test plays the browser: it decrypts what the server encrypted for it, with its own private key. */
class WebPushEncryptionTest {

    private final KeyPair browser = P256.generate();
    private final byte[] authSecret = random(16);

    @Test
    void theBrowserDecryptsThePayloadWithItsPrivateKeyAndAuthSecret() throws Exception {
        byte[] message = "{\"title\":\"Charging complete\",\"body\":\"32.4 kWh at Kampala Road\"}"
                .getBytes(StandardCharsets.UTF_8);

        byte[] body = WebPushEncryption.encrypt(message, browserPublicKey(), authSecret);

        assertThat(decryptAsBrowser(body, browser, authSecret)).isEqualTo(message);
    }

    @Test
    void theHeaderCarriesSaltRecordSizeAndTheSendersFreshKey() throws Exception {
        byte[] first = WebPushEncryption.encrypt(new byte[] {1}, browserPublicKey(), authSecret);
        byte[] second = WebPushEncryption.encrypt(new byte[] {1}, browserPublicKey(), authSecret);

        ByteBuffer header = ByteBuffer.wrap(first);
        header.position(16);
        assertThat(header.getInt()).isEqualTo(4096);
        assertThat(header.get()).isEqualTo((byte) 65);
        assertThat(first[21]).isEqualTo((byte) 4);
        assertThat(first).hasSize(16 + 4 + 1 + 65 + 1 + 1 + 16);
        assertThat(Arrays.copyOfRange(first, 0, 86)).isNotEqualTo(Arrays.copyOfRange(second, 0, 86));
    }

    @Test
    void anotherBrowsersAuthSecretCannotDecryptIt() throws Exception {
        byte[] body =
                WebPushEncryption.encrypt("secret".getBytes(StandardCharsets.UTF_8), browserPublicKey(), authSecret);

        assertThatThrownBy(() -> decryptAsBrowser(body, browser, random(16))).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aKeyThatIsNotAP256PointIsRefused() {
        assertThatThrownBy(() -> WebPushEncryption.encrypt(new byte[] {1}, random(65), authSecret))
                .isInstanceOf(GeneralSecurityException.class);
    }

    /** RFC 8291 §3.4 and RFC 8188 §2, from the receiving side, written out independently of the sender. */
    private static byte[] decryptAsBrowser(byte[] body, KeyPair browserKeys, byte[] authSecret) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        in.getInt();
        byte[] senderKey = new byte[in.get()];
        in.get(senderKey);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);

        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(browserKeys.getPrivate());
        ecdh.doPhase(P256.publicKey(senderKey), true);
        byte[] receiverKey = P256.encode((ECPublicKey) browserKeys.getPublic());
        byte[] prkKey = hmacSha256(authSecret, ecdh.generateSecret());
        byte[] ikm = hmacSha256(prkKey, bytes("WebPush: info", 0, receiverKey, senderKey, 1));
        byte[] prk = hmacSha256(salt, ikm);
        byte[] cek = Arrays.copyOf(hmacSha256(prk, bytes("Content-Encoding: aes128gcm", 0, null, null, 1)), 16);
        byte[] nonce = Arrays.copyOf(hmacSha256(prk, bytes("Content-Encoding: nonce", 0, null, null, 1)), 12);

        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(ciphertext);
        int end = padded.length - 1;
        while (padded[end] == 0) {
            end--;
        }
        assertThat(padded[end]).as("the last record's delimiter").isEqualTo((byte) 2);
        return Arrays.copyOf(padded, end);
    }

    private byte[] browserPublicKey() {
        return P256.encode((ECPublicKey) browser.getPublic());
    }

    private static byte[] hmacSha256(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] bytes(String label, int separator, byte[] first, byte[] second, int counter) {
        byte[] text = label.getBytes(StandardCharsets.US_ASCII);
        String hex = HexFormat.of().formatHex(text)
                + "%02x".formatted(separator)
                + (first == null ? "" : HexFormat.of().formatHex(first))
                + (second == null ? "" : HexFormat.of().formatHex(second))
                + "%02x".formatted(counter);
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
