package io.evzone.notification.push.providers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the aes128gcm content coding (RFC 8188), as one record: a fresh
 * P-256 key pair and salt per message, the shared secret mixed with the browser's auth secret.
 */
public final class WebPushEncryption {

    private static final int RECORD_SIZE = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebPushEncryption() {}

    /** @return header (salt, record size, sender's public key) followed by the ciphertext */
    public static byte[] encrypt(byte[] plaintext, byte[] browserPublicKey, byte[] authSecret)
            throws GeneralSecurityException {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, browserPublicKey, authSecret, P256.generate(), salt);
    }

    static byte[] encrypt(byte[] plaintext, byte[] browserPublicKey, byte[] authSecret, KeyPair sender, byte[] salt)
            throws GeneralSecurityException {
        if (plaintext.length > RECORD_SIZE - 17 - 86) {
            throw new GeneralSecurityException("payload too large for one record");
        }
        byte[] senderPublic = P256.encode((ECPublicKey) sender.getPublic());
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(sender.getPrivate());
        agreement.doPhase(P256.publicKey(browserPublicKey), true);
        byte[] ecdhSecret = agreement.generateSecret();
        // RFC 8291 §3.3: IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" || 0x00 || ua_public || as_public, 32)
        byte[] keyInfo = concat(
                "WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserPublicKey, senderPublic, new byte[] {1});
        byte[] ikm = hmac(hmac(authSecret, ecdhSecret), keyInfo);
        // RFC 8188 §2.2 and §2.3: CEK and nonce from the salt; one final record, so the sequence number is 0
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, info("aes128gcm")), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, info("nonce")), 12);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] ciphertext = cipher.doFinal(concat(plaintext, new byte[] {2}));
        return ByteBuffer.allocate(16 + 4 + 1 + senderPublic.length + ciphertext.length)
                .put(salt)
                .putInt(RECORD_SIZE)
                .put((byte) senderPublic.length)
                .put(senderPublic)
                .put(ciphertext)
                .array();
    }

    private static byte[] info(String coding) {
        return concat(("Content-Encoding: " + coding + "\0").getBytes(StandardCharsets.US_ASCII), new byte[] {1});
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer buffer =
                ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        Arrays.stream(parts).forEach(buffer::put);
        return buffer.array();
    }
}
