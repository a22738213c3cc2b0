package org.leavetracker.functions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.domain.balance.Balance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Priming does real work and none that belongs after the snapshot: no AWS call at all. */
class SnapStartPrimingTest {

    @Test
    void priming_runs_the_hot_paths_without_any_aws_call() {
        AtomicInteger calls = new AtomicInteger();
        DynamoDbClient noCalls = DynamoDbClient.builder().region(Region.EU_CENTRAL_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        calls.incrementAndGet();
                    }
                })).build();
        Application app = new Application(noCalls, "p-", new PinnedDateClock(LocalDate.of(2026, 6, 15)));

        Balance balance = new SnapStartPriming(app.holidays, app.json).prime();

        assertThat(calls).hasValue(0);
        assertThat(balance.used().isZero()).isTrue(); // the primed leave is in 2025
        assertThat(balance.carriedOver()).hasToString("0"); // 2025 used more than its 25 days
        assertThat(balance.accrued()).hasToString("12.5"); // 25/12 for January to June
    }
}
