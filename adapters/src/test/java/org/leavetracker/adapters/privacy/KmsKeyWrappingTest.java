package org.leavetracker.adapters.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.adapters.testing.RecordedKms;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/** KMS wraps each person's key bound to them; a warm process asks KMS once per person, not per field. */
class KmsKeyWrappingTest {

    private final RecordedKms kms = new RecordedKms();
    private final KmsClient client = KmsClient.builder().endpointOverride(URI.create(kms.url()))
            .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();
    private final KmsKeyWrapping wrapping = new KmsKeyWrapping(client, RecordedKms.KEY_ARN);

    @AfterEach
    void close() {
        kms.close();
    }

    @Test
    void a_wrapped_key_opens_for_its_person_only() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);

        byte[] wrapped = wrapping.wrap(key, "u-ann");

        assertThat(wrapping.unwrap(wrapped, "u-ann")).isEqualTo(key);
        assertThatThrownBy(() -> wrapping.unwrap(wrapped, "u-bob")).isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void a_disabled_key_is_an_error_not_an_erasure() {
        byte[] wrapped = wrapping.wrap(new byte[32], "u-ann");
        kms.disable();

        assertThatThrownBy(() -> wrapping.unwrap(wrapped, "u-ann")).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_warm_process_unwraps_each_persons_key_once_however_many_fields_it_opens() {
        LocalDynamo dynamo = LocalDynamo.shared();
        String prefix = dynamo.freshTables();
        FieldSealing writer = new FieldSealing(new DataKeys(dynamo.client(), prefix, wrapping));
        List<java.util.Map<String, Object>> sealed = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            java.util.Map<String, Object> fields = new java.util.HashMap<>(java.util.Map.of("reason", "reason " + i));
            writer.sealEvent("u-ann", "LeaveRequested", fields);
            sealed.add(fields);
        }
        FieldSealing reader = new FieldSealing(new DataKeys(dynamo.client(), prefix, wrapping));
        int before = kms.decrypts();

        sealed.forEach(fields -> reader.openEvent("u-ann", "LeaveRequested", fields));

        assertThat(sealed.get(49)).containsEntry("reason", "reason 49");
        assertThat(kms.encrypts()).isEqualTo(1);
        assertThat(kms.decrypts() - before).isEqualTo(1);
    }
}
