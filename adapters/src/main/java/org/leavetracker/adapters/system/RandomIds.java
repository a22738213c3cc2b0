package org.leavetracker.adapters.system;

import java.security.SecureRandom;

import org.leavetracker.domain.port.IdGenerator;

/**
 * Unguessable ids: 20 characters of lower-case base 32 (100 random bits), URL-safe, no dots.
 *
 * <p>The random source is created on first use, never at wiring time: a Lambda wires once before its SnapStart
 * snapshot, and a generator seeded then would be restored, with the same state, into every execution environment
 * started from that snapshot. (A priming hook must therefore not generate ids.)
 */
public final class RandomIds implements IdGenerator {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private volatile SecureRandom random;

    @Override
    public String newId() {
        SecureRandom source = random;
        if (source == null) {
            source = new SecureRandom();
            random = source;
        }
        char[] id = new char[20];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[source.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
