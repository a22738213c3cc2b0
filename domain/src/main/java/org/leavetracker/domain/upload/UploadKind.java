package org.leavetracker.domain.upload;

import java.util.Locale;
import java.util.Set;

/** What a file is for, and what it may be: allowed content types and a size limit per kind. */
public enum UploadKind {
    PROFILE_IMAGE(Set.of("image/jpeg", "image/png", "image/webp"), 5L * 1024 * 1024),
    ATTACHMENT(Set.of("application/pdf", "image/jpeg", "image/png", "image/heic"), 10L * 1024 * 1024);

    private final Set<String> contentTypes;
    private final long maxBytes;

    UploadKind(Set<String> contentTypes, long maxBytes) {
        this.contentTypes = contentTypes;
        this.maxBytes = maxBytes;
    }

    public Set<String> contentTypes() {
        return contentTypes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The folder of this kind under a person's prefix: {@code <org>/<person>/<folder>/<id>}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
