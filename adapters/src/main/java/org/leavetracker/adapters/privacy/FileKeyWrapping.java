package org.leavetracker.adapters.privacy;

import javax.crypto.SecretKey;

/**
 * The local runtime's master key: 32 bytes in a file of its data directory. Data keys are sealed under it with
 * AES-GCM, bound to their person, as KMS binds them with an encryption context in the cloud.
 */
public final class FileKeyWrapping implements KeyWrapping {

    private final SecretKey master;

    public FileKeyWrapping(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("the master key is 32 bytes, not " + masterKey.length);
        }
        this.master = Aead.key(masterKey);
    }

    @Override
    public byte[] wrap(byte[] dataKey, String personId) {
        return Aead.seal(master, dataKey, context(personId));
    }

    @Override
    public byte[] unwrap(byte[] wrapped, String personId) {
        return Aead.open(master, wrapped, context(personId));
    }

    private static String context(String personId) {
        return "data-key#" + personId;
    }
}
