package org.leavetracker.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** A 32-byte key kept in a file of the data directory, made on first use (sign-in tokens, webhook secrets). */
final class KeyFile {

    private KeyFile() {
    }

    static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
