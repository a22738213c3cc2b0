package org.leavetracker.domain.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.port.UploadSigner;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;

/**
 * Presigned uploads (SPEC §8): a caller gets a short-lived URL to PUT one file of an allowed type and size, under
 * their own organization's and user's prefix. The signature covers content type and length, so the storage refuses
 * any other file sent to it.
 */
public final class Uploads {

    /** Long enough to start an upload from a phone, short enough that a leaked URL is soon useless. */
    static final Duration VALID_FOR = Duration.ofMinutes(5);

    private final Repository repository;
    private final UploadSigner signer;

    public Uploads(Repository repository, UploadSigner signer) {
        this.repository = repository;
        this.signer = signer;
    }

    /** Where the file goes and how to put it there. */
    public record UploadUrl(String uploadUrl, String key, Instant expiresAt) {
    }

    /** Where all of a person's uploads are: their erasure deletes it (SPEC §3.10). */
    public static String prefixOf(String orgId, String userId) {
        return orgId + "/" + userId + "/";
    }

    public UploadUrl createUploadUrl(Caller caller, UploadKind kind, String contentType, long contentLength) {
        Employee user = repository.actor(caller);
        if (kind == null) {
            throw ValidationError.at("kind", "kind is required: PROFILE_IMAGE or ATTACHMENT");
        }
        String type = contentType == null ? "" : contentType.trim().toLowerCase(Locale.ROOT);
        if (!kind.contentTypes().contains(type)) {
            throw new ValidationError("the contentType of a " + kind + " upload must be one of "
                    + kind.contentTypes().stream().sorted().toList() + ", not '" + contentType + "'");
        }
        if (contentLength <= 0 || contentLength > kind.maxBytes()) {
            throw new ValidationError("the contentLength of a " + kind + " upload must be 1 to " + kind.maxBytes()
                    + " bytes, not " + contentLength);
        }
        String key = prefixOf(user.orgId(), user.id()) + kind.folder() + "/"
                + repository.newId();
        UploadSigner.SignedUpload signed = signer.presignPut(key, type, contentLength, VALID_FOR);
        return new UploadUrl(signed.url(), key, signed.expiresAt());
    }
}
