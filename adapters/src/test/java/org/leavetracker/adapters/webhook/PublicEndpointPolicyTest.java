package org.leavetracker.adapters.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.error.ValidationError;

class PublicEndpointPolicyTest {

    private final PublicEndpointPolicy cloud = new PublicEndpointPolicy(false);
    private final PublicEndpointPolicy local = new PublicEndpointPolicy(true);

    @Test
    void only_https_to_public_addresses_in_the_cloud() {
        assertThat(cloud.check("https://93.184.215.14/hooks/leave").getHost()).isEqualTo("93.184.215.14");
        assertThat(cloud.check("https://[2606:4700::1111]/x").getHost()).isEqualTo("[2606:4700::1111]");
        List<String> refused = List.of("http://93.184.215.14/hooks", "ftp://93.184.215.14/x",
                "https://127.0.0.1/x", "https://localhost/x", "https://10.0.0.7/x", "https://172.16.3.4/x",
                "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/x",
                "https://0.0.0.0/x", "https://[::1]/x", "https://[fd00::1]/x", "https://[fe80::1]/x",
                "https://224.0.0.1/x", "https://user:pw@93.184.215.14/x", "https://93.184.215.14/x#frag",
                "not a url", "", "https:///nohost", "https://no-such-host.invalid/x",
                // the probe's finds (issue 29) and their relatives
                "https://localhost:4810/graphql", "https://127.1/x", "file:///etc/passwd", "https://[::]/x",
                // IPv4 inside IPv6: mapped, compatible, NAT64, 6to4 — judged by the IPv4 they carry
                "https://[::ffff:127.0.0.1]/x", "https://[::ffff:10.0.0.1]/x", "https://[::127.0.0.1]/x",
                "https://[64:ff9b::a00:1]/x", "https://[2002:c0a8:101::1]/x", "https://[2002:7f00:1::1]/x",
                // documentation, Teredo, site-local, multicast, reserved
                "https://[2001:db8::1]/x", "https://[2001:0:4136:e378::1]/x", "https://[fec0::1]/x",
                "https://[ff02::1]/x", "https://192.0.2.1/x", "https://198.51.100.7/x", "https://203.0.113.9/x",
                "https://240.0.0.1/x", "https://255.255.255.255/x");
        for (String url : refused) {
            assertThatThrownBy(() -> cloud.check(url)).as(url).isInstanceOf(ValidationError.class);
        }
        // public addresses carried in IPv6 stay public
        assertThat(cloud.check("https://[::ffff:93.184.215.14]/x").getHost()).isNotBlank();
        assertThat(cloud.check("https://[64:ff9b::5db8:d70e]/x").getHost()).isNotBlank();
    }

    @Test
    void a_name_that_resolves_elsewhere_after_registration_is_refused_at_delivery() throws Exception {
        // DNS rebinding: public when the webhook is registered, the metadata service or loopback later
        java.util.Deque<String> answers = new java.util.ArrayDeque<>(List.of("93.184.215.14", "169.254.169.254",
                "127.0.0.1", "93.184.215.14"));
        PublicEndpointPolicy rebinding = new PublicEndpointPolicy(false,
                host -> new java.net.InetAddress[] {java.net.InetAddress.getByName(answers.pop())});
        assertThat(rebinding.check("https://hooks.example.com/leave").getHost()).isEqualTo("hooks.example.com");
        assertThatThrownBy(() -> rebinding.check("https://hooks.example.com/leave"))
                .isInstanceOf(ValidationError.class).hasMessageContaining("169.254.169.254");
        assertThatThrownBy(() -> rebinding.check("https://hooks.example.com/leave"))
                .isInstanceOf(ValidationError.class).hasMessageContaining("127.0.0.1");
        assertThat(rebinding.check("https://hooks.example.com/leave").getHost()).isEqualTo("hooks.example.com");
        // one private address among public ones is enough to refuse
        PublicEndpointPolicy mixed = new PublicEndpointPolicy(false, host -> new java.net.InetAddress[] {
                java.net.InetAddress.getByName("93.184.215.14"), java.net.InetAddress.getByName("10.1.2.3")});
        assertThatThrownBy(() -> mixed.check("https://hooks.example.com/leave")).isInstanceOf(ValidationError.class);
    }

    @Test
    void the_local_runtime_also_allows_loopback_but_nothing_else_private() {
        assertThat(local.check("http://127.0.0.1:8080/hook").getPort()).isEqualTo(8080);
        assertThat(local.check("http://localhost:9/hook").getHost()).isEqualTo("localhost");
        assertThatThrownBy(() -> local.check("http://10.0.0.7/x")).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> local.check("http://93.184.215.14/x")).as("plain HTTP off loopback")
                .isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> local.check("https://[::ffff:10.0.0.1]/x")).isInstanceOf(ValidationError.class);
    }

    @Test
    void secrets_are_stable_per_endpoint_and_differ_between_endpoints_and_keys() {
        DerivedWebhookSecrets secrets = new DerivedWebhookSecrets("k".repeat(32).getBytes());
        assertThat(secrets.secretFor("w1")).startsWith("whsec_").isEqualTo(secrets.secretFor("w1"))
                .isNotEqualTo(secrets.secretFor("w2"))
                .isNotEqualTo(new DerivedWebhookSecrets("j".repeat(32).getBytes()).secretFor("w1"));
        assertThatThrownBy(() -> new DerivedWebhookSecrets(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_signature_is_hmac_sha256_of_timestamp_dot_body() {
        // RFC 4231 test case 2 key and data, shifted into our format: key "Jefe", text "1.{}"
        String header = WebhookSignature.header("Jefe", 1, "{}");
        assertThat(header).startsWith("t=1,v1=").hasSize("t=1,v1=".length() + 64);
        assertThat(header).isEqualTo("t=1,v1=" + WebhookSignature.hmacHex("Jefe", "1.{}"));
        assertThat(WebhookSignature.hmacHex("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
