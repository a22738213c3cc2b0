package org.leavetracker.adapters.privacy;

/**
 * Wraps a person's data key under the deployment's master key, bound to the person: KMS in the cloud
 * ({@link KmsKeyWrapping}), a key file of the data directory locally ({@link FileKeyWrapping}). Only wrapped keys are
 * ever stored.
 */
public interface KeyWrapping {

    byte[] wrap(byte[] dataKey, String personId);

    byte[] unwrap(byte[] wrapped, String personId);
}
