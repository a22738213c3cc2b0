package org.leavetracker.adapters.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** The local runtime's secret store: one file per secret in its data directory, readable by its owner only. */
public final class FolderSecretStore implements SecretStore {

    private final Path folder;

    public FolderSecretStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public void put(String name, String value) {
        try {
            Files.createDirectories(folder);
            Path file = file(name);
            Files.writeString(file, value, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // a file system without POSIX permissions
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> get(String name) {
        Path file = file(name);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String name) {
        return folder.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
