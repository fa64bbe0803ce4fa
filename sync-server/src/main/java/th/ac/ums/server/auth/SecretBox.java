package th.ac.ums.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets at rest (TOTP seeds) with AES-256-GCM. The key is derived from the
 * token secret with HMAC-SHA256 under a fixed label, so a database dump alone does not reveal
 * the seeds. When the token secret is rotated, the previous one still opens old boxes.
 */
public final class SecretBox {
    private static final String PREFIX = "v1:";
    private static final byte[] LABEL = "ums totp seed encryption v1".getBytes(StandardCharsets.UTF_8);
    private final List<SecretKeySpec> keys = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();

    public SecretBox(byte[] tokenSecret, byte[] previousTokenSecret) {
        keys.add(derive(tokenSecret));
        if (previousTokenSecret != null) {
            keys.add(derive(previousTokenSecret));
        }
    }

    private static SecretKeySpec derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(LABEL), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String seal(String plain) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(0), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String open(String boxed) {
        if (boxed == null || !boxed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        byte[] all = Base64.getDecoder().decode(boxed.substring(PREFIX.length()));
        for (SecretKeySpec key : keys) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
                return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                // try the previous key
            }
        }
        throw new IllegalStateException("a sealed secret could not be opened with the configured keys");
    }
}
