package org.leavetracker.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The key every webhook endpoint's signing secret is derived from (docs/decisions/0016); the event log never holds a
 * secret. Functions read it from Secrets Manager at run time: its value is in no environment variable or template.
 * The secret is this construct's "Default" child, so its logical id is the one it had when the stack made it.
 */
final class WebhookSigningKey extends Construct {

    private final Secret secret;

    WebhookSigningKey(Construct scope, String id) {
        super(scope, id);
        secret = Secret.Builder.create(this, "Default")
                .description("Leave Tracker: the key every webhook endpoint's signing secret is derived from")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true)
                        .build())
                // every receiver's secret is derived from it: a redeploy after a delete must not change them all
                .removalPolicy(RemovalPolicy.RETAIN).build();
    }

    void readableBy(JavaFunction... functions) {
        for (JavaFunction function : functions) {
            function.function().addEnvironment("WEBHOOK_SIGNING_KEY_SECRET", secret.getSecretArn());
            secret.grantRead(function.function());
        }
    }
}
