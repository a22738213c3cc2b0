package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Presigned uploads end to end: the URL the API hands out is used with a plain HTTP PUT against the target's
 * storage (S3, or the local runtime's signature-checking S3 emulator); only the file it was signed for gets in.
 */
class UploadsIT extends AgainstTarget {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String UPLOAD = """
            mutation($kind: UploadKind!, $type: String!, $length: Int!) {
              createUploadUrl(kind: $kind, contentType: $type, contentLength: $length) { uploadUrl key expiresAt } }""";

    private static HttpResponse<String> put(String url, String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    @Test
    void the_signed_file_is_stored_and_any_other_file_is_refused_by_the_storage() throws Exception {
        Api.Person ada = newCompany("Uploads Inc", "acme.test");
        String me = (String) ada.<Map<String, Object>>ok("{ me { id } }").get("id");
        String orgId = (String) ada.<Map<String, Object>>ok("{ organization { id } }").get("id");
        Map<String, Object> signed = ada.ok(UPLOAD, vars("kind", "PROFILE_IMAGE", "type", "image/png",
                "length", 2048));
        String url = (String) signed.get("uploadUrl");
        assertThat((String) signed.get("key")).startsWith(orgId + "/" + me + "/profile_image/");
        assertThat(url).contains((String) signed.get("key"));

        byte[] tooBig = bytes(2049);
        HttpResponse<String> oversized = put(url, "image/png", tooBig);
        System.out.println("PUT of 2,049 bytes to a URL signed for 2,048: " + oversized.statusCode());
        assertThat(oversized.statusCode()).isEqualTo(403);

        HttpResponse<String> otherType = put(url, "text/html", bytes(2048));
        System.out.println("PUT of text/html to a URL signed for image/png: " + otherType.statusCode());
        assertThat(otherType.statusCode()).isEqualTo(403);

        String elsewhere = url.replace((String) signed.get("key"), "another-org/another-user/profile_image/x");
        HttpResponse<String> moved = put(elsewhere, "image/png", bytes(2048));
        System.out.println("PUT to another key with the same signature: " + moved.statusCode());
        assertThat(moved.statusCode()).isEqualTo(403);

        byte[] file = bytes(2048);
        HttpResponse<String> stored = put(url, "image/png", file);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file));
        assertThat(stored.headers().firstValue("ETag")).as("the storage got exactly these bytes")
                .hasValueSatisfying(etag -> assertThat(etag.replace("\"", "")).isEqualTo(md5));

        String unsigned = url.substring(0, url.indexOf('?'));
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(unsigned)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("the bucket is private").isEqualTo(403);
    }

    @Test
    void what_may_not_be_uploaded_gets_no_url() {
        Api.Person ada = newCompany("Uploads Refused Inc", "acme.test");
        Map<String, Map<String, Object>> refused = Map.of(
                "a profile image over 5 MiB", vars("kind", "PROFILE_IMAGE", "type", "image/png",
                        "length", 5 * 1024 * 1024 + 1),
                "an attachment over 10 MiB", vars("kind", "ATTACHMENT", "type", "application/pdf",
                        "length", 10 * 1024 * 1024 + 1),
                "an empty file", vars("kind", "ATTACHMENT", "type", "application/pdf", "length", 0),
                "a negative length", vars("kind", "ATTACHMENT", "type", "application/pdf", "length", -5),
                "HTML as a profile image", vars("kind", "PROFILE_IMAGE", "type", "text/html", "length", 100),
                "a PDF as a profile image", vars("kind", "PROFILE_IMAGE", "type", "application/pdf", "length", 100),
                "an executable attachment", vars("kind", "ATTACHMENT", "type", "application/x-msdownload",
                        "length", 100));
        refused.forEach((what, variables) -> {
            System.out.println("refused: " + what);
            assertThat(ada.refused(UPLOAD, variables)).as(what).isEqualTo("VALIDATION_ERROR");
        });
        Map<String, Object> largest = ada.ok(UPLOAD, vars("kind", "ATTACHMENT", "type", "APPLICATION/PDF",
                "length", 10 * 1024 * 1024));
        assertThat((String) largest.get("key")).contains("/attachment/");
    }
}
