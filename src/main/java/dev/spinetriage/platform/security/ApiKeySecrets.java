package dev.spinetriage.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API keys are {@code st_} and 32 random bytes in URL-safe base64: 256 bits that cannot be guessed, so the SHA-256
 * of a key identifies it without revealing it, and the stored hash is useless to whoever reads the database. The
 * prefix lets a leaked key be recognised (e.g. by secret scanners) as ours.
 */
public final class ApiKeySecrets {

    private static final String PREFIX = "st_";
    private static final int RANDOM_BYTES = 32;
    /** Enough characters to tell keys apart in a list; 8 base64 characters reveal 48 of the 256 bits. */
    private static final int SHOWN_CHARACTERS = PREFIX.length() + 8;
    private static final Pattern WELL_FORMED = Pattern.compile("st_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    /** A new key: the secret to show once, and what may be stored. */
    public record NewKey(String secret, String hash, String displayPrefix) {
    }

    public static NewKey generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return of(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** An existing well-formed secret as a new key, e.g. the bootstrap key kept in its file. */
    public static NewKey of(String secret) {
        if (!isWellFormed(secret)) {
            throw new IllegalArgumentException("Not an API key");
        }
        return new NewKey(secret, hash(secret), secret.substring(0, SHOWN_CHARACTERS));
    }

    /** Checked before any lookup, so junk in an Authorization header never reaches the database. */
    public static boolean isWellFormed(String secret) {
        return secret != null && WELL_FORMED.matcher(secret).matches();
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
