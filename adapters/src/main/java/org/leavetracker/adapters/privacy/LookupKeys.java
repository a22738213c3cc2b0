package org.leavetracker.adapters.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keys that look a person up by what identifies them (their e-mail, their sign-in subject) are stored as SHA-256
 * hashes, never as the value: a key cannot be sealed (it must match exactly), and a hash does not put the address in
 * the tables, their backups or their files. With the address in hand one can still tell it was there, until erasure
 * releases the key (docs/decisions/0036).
 */
public final class LookupKeys {

    private static final String[] HASHED_PREFIXES = {"email#", "sub#"};

    private LookupKeys() {
    }

    public static String hashed(String value) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A unique key as the keys table holds it: {@code email#…} and {@code sub#…} with their value hashed. */
    public static String stored(String uniqueKey) {
        for (String prefix : HASHED_PREFIXES) {
            if (uniqueKey.startsWith(prefix) && !uniqueKey.startsWith(prefix + "sha256:")) {
                return prefix + hashed(uniqueKey.substring(prefix.length()));
            }
        }
        return uniqueKey;
    }
}
