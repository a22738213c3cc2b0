package org.leavetracker.infra;

import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One Lambda handler of the functions jar: java21 on arm64 (cheaper per ms; SnapStart supports arm64), SnapStart on
 * published versions, invoked through the alias "live", JSON logs kept 90 days. Defaults in one place.
 */
public final class JavaFunction extends Construct {

    private final Function function;
    private final Alias live;
    private final Duration timeout;

    /** @param memoryMb the function's memory (and so its CPU share): sized per function, docs/PERFORMANCE.md */
    public JavaFunction(Construct scope, String id, Code code, String handler, Duration timeout,
                        Map<String, String> environment, int memoryMb) {
        super(scope, id);
        this.timeout = timeout;
        LogGroup logs = LogGroup.Builder.create(this, "Logs").retention(RetentionDays.THREE_MONTHS).build();
        this.function = Function.Builder.create(this, "Function")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .code(code)
                .handler(handler)
                .memorySize(memoryMb)
                .timeout(timeout)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .loggingFormat(LoggingFormat.JSON)
                .logGroup(logs)
                .environment(environment)
                .build();
        this.live = Alias.Builder.create(this, "Live").aliasName("live").version(function.getCurrentVersion()).build();
    }

    /**
     * Caps the function at {@code concurrency} simultaneous runs: a flood on a public URL is answered 429 instead of
     * taking the account's concurrency from the resolver.
     */
    void reserve(int concurrency) {
        ((software.amazon.awscdk.services.lambda.CfnFunction) function.getNode().getDefaultChild())
                .setReservedConcurrentExecutions(concurrency);
    }

    public Duration timeout() {
        return timeout;
    }

    public Function function() {
        return function;
    }

    /** What everything invokes: the SnapStart-enabled published version. */
    public Alias live() {
        return live;
    }
}
