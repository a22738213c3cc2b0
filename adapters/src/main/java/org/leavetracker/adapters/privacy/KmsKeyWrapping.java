package org.leavetracker.adapters.privacy;

import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The stack's KMS key wraps each person's data key, with the person's id as encryption context: a wrapped key opens
 * only for the person it was made for, and every unwrap is in CloudTrail with whose key it was.
 */
public final class KmsKeyWrapping implements KeyWrapping {

    private static final String CONTEXT = "person";

    private final KmsClient kms;
    private final String keyId;

    public KmsKeyWrapping(KmsClient kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    @Override
    public byte[] wrap(byte[] dataKey, String personId) {
        return kms.encrypt(b -> b.keyId(keyId).plaintext(SdkBytes.fromByteArray(dataKey))
                .encryptionContext(Map.of(CONTEXT, personId))).ciphertextBlob().asByteArray();
    }

    @Override
    public byte[] unwrap(byte[] wrapped, String personId) {
        return kms.decrypt(b -> b.keyId(keyId).ciphertextBlob(SdkBytes.fromByteArray(wrapped))
                .encryptionContext(Map.of(CONTEXT, personId))).plaintext().asByteArray();
    }
}
