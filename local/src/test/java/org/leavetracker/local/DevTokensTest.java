package org.leavetracker.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Local sign-in tokens: only our own, unexpired, correctly signed HS256 ID tokens are accepted. */
class DevTokensTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_token_carries_cognito_shaped_claims_and_the_same_sub_for_the_same_email() throws Exception {
        Path dir = Files.createTempDirectory("tokens");
        DevTokens tokens = new DevTokens(dir, "http://localhost:4000/dev");

        var claims = tokens.verify("Bearer " + tokens.issue("Ann@Acme.test", "Ann")).orElseThrow();

        assertThat(claims).containsEntry("email", "ann@acme.test").containsEntry("token_use", "id")
                .containsEntry("iss", "http://localhost:4000/dev").containsKeys("sub", "exp", "cognito:username");
        assertThat(tokens.verify(tokens.issue("ann@acme.test", null)).orElseThrow().get("sub"))
                .isEqualTo(claims.get("sub"));
        assertThat(new DevTokens(dir, "http://localhost:4000/dev").verify(tokens.issue("x@y.test", "X")))
                .as("the key is kept in the data directory: tokens survive a restart").isPresent();
    }

    @Test
    void forged_expired_unsigned_and_foreign_tokens_are_refused() throws Exception {
        DevTokens tokens = new DevTokens(Files.createTempDirectory("tokens"), "http://localhost:4000/dev");
        String good = tokens.issue("ann@acme.test", "Ann");
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        String adminClaims = b64(payload.replace("ann@acme.test", "boss@acme.test"));
        assertThat(tokens.verify(parts[0] + "." + adminClaims + "." + parts[2])).as("tampered claims").isEmpty();
        assertThat(tokens.verify(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".")).as("alg none")
                .isEmpty();
        assertThat(tokens.verify(good.substring(0, good.length() - 2) + "xx")).as("wrong signature").isEmpty();
        assertThat(new DevTokens(Files.createTempDirectory("other"), "http://localhost:4000/dev").verify(good))
                .as("another key").isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("not a token")).isEmpty();
    }

    @Test
    void a_token_of_another_issuer_signed_with_our_key_is_refused() throws Exception {
        Path dir = Files.createTempDirectory("tokens");
        String foreign = new DevTokens(dir, "https://someone-else.example").issue("ann@acme.test", "Ann");
        assertThat(new DevTokens(dir, "http://localhost:4000/dev").verify(foreign)).isEmpty();
    }
}
