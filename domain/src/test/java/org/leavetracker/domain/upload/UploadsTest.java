package org.leavetracker.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.model.Role;
import org.leavetracker.domain.port.UploadSigner;
import org.leavetracker.domain.testing.DomainFixture;
import org.leavetracker.domain.write.Caller;

class UploadsTest {

    private final DomainFixture app = new DomainFixture(LocalDate.of(2026, 6, 15));
    private final List<String> signed = new ArrayList<>();
    private final Uploads uploads = new Uploads(app.repository, (key, type, length, validFor) -> {
        signed.add(key + " " + type + " " + length + " " + validFor);
        return new UploadSigner.SignedUpload("https://bucket/" + key, Instant.parse("2026-06-15T10:05:00Z"));
    });
    private final Caller admin = app.newOrganization("Acme", "admin@acme.test");
    private final Caller ann = app.addUser(admin, "ann@acme.test", Role.MEMBER);

    @Test
    void an_allowed_file_gets_a_five_minute_url_under_the_callers_organization_and_user() {
        String orgId = app.repository.employee(ann.userId()).orgId();
        Uploads.UploadUrl url = uploads.createUploadUrl(ann, UploadKind.ATTACHMENT, " Application/PDF ", 250_000);
        assertThat(url.key()).startsWith(orgId + "/" + ann.userId() + "/attachment/");
        assertThat(url.uploadUrl()).isEqualTo("https://bucket/" + url.key());
        assertThat(signed).containsExactly(url.key() + " application/pdf 250000 " + Duration.ofMinutes(5));
    }

    @Test
    void other_types_empty_or_oversized_files_are_refused_and_nothing_is_signed() {
        assertThatThrownBy(() -> uploads.createUploadUrl(ann, UploadKind.PROFILE_IMAGE, "application/pdf", 1000))
                .isInstanceOf(ValidationError.class).hasMessageContaining("image/png");
        assertThatThrownBy(() -> uploads.createUploadUrl(ann, UploadKind.PROFILE_IMAGE, "image/png",
                5L * 1024 * 1024 + 1)).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> uploads.createUploadUrl(ann, UploadKind.ATTACHMENT, "image/png", 0))
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> uploads.createUploadUrl(ann, UploadKind.ATTACHMENT, null, 10))
                .isInstanceOf(ValidationError.class);
        assertThat(signed).isEmpty();
    }
}
