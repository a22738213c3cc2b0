package org.leavetracker.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.leavetracker.graphql.ApiContract;
import org.leavetracker.graphql.ResolverMapping;
import software.amazon.awscdk.services.appsync.AuthorizationConfig;
import software.amazon.awscdk.services.appsync.AuthorizationMode;
import software.amazon.awscdk.services.appsync.AuthorizationType;
import software.amazon.awscdk.services.appsync.BaseDataSource;
import software.amazon.awscdk.services.appsync.Code;
import software.amazon.awscdk.services.appsync.Definition;
import software.amazon.awscdk.services.appsync.FieldLogLevel;
import software.amazon.awscdk.services.appsync.FunctionRuntime;
import software.amazon.awscdk.services.appsync.GraphqlApi;
import software.amazon.awscdk.services.appsync.IntrospectionConfig;
import software.amazon.awscdk.services.appsync.LogConfig;
import software.amazon.awscdk.services.appsync.Resolver;
import software.amazon.awscdk.services.appsync.UserPoolConfig;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * AppSync from the contract of the graphql-schema module: the schema file, and one resolver per line of the
 * resolver mapping — the envelope resolver (api.js) in front of the resolver Lambda, or a NONE data source echoing
 * its argument for the IAM-only publish… mutations. Cognito user pools by default, IAM as the extra mode.
 */
public final class GraphQlApi extends Construct {

    /** AppSync's NONE data source: returns the mutation's only argument, so its subscribers receive it. */
    static final String ECHO_RESOLVER = """
            export function request(ctx) { return { payload: Object.values(ctx.args)[0] }; }
            export function response(ctx) { return ctx.result; }
            """;

    private final GraphqlApi api;

    /** @param introspection whether clients may ask the schema (off in production; the schema is public anyway) */
    public GraphQlApi(Construct scope, String id, String namePrefix, UserPool users, JavaFunction resolverFunction,
                      boolean introspection) {
        super(scope, id);
        this.api = GraphqlApi.Builder.create(this, "Api").name(namePrefix + "api")
                .definition(Definition.fromFile(schemaFile().toString()))
                .authorizationConfig(AuthorizationConfig.builder()
                        .defaultAuthorization(AuthorizationMode.builder().authorizationType(AuthorizationType.USER_POOL)
                                .userPoolConfig(UserPoolConfig.builder().userPool(users).build()).build())
                        .additionalAuthorizationModes(List.of(AuthorizationMode.builder()
                                .authorizationType(AuthorizationType.IAM).build()))
                        .build())
                .logConfig(LogConfig.builder().fieldLogLevel(FieldLogLevel.ERROR)
                        .retention(RetentionDays.THREE_MONTHS).build())
                .queryDepthLimit(ApiContract.QUERY_DEPTH_LIMIT).resolverCountLimit(ApiContract.RESOLVER_COUNT_LIMIT)
                .introspectionConfig(introspection ? IntrospectionConfig.ENABLED : IntrospectionConfig.DISABLED)
                .xrayEnabled(true)
                .build();
        BaseDataSource lambda = api.addLambdaDataSource("ResolverFunction", resolverFunction.live());
        BaseDataSource none = api.addNoneDataSource("Publish");
        Code envelope = Code.fromInline(ApiContract.envelopeResolverCode());
        Code echo = Code.fromInline(ECHO_RESOLVER);
        for (ResolverMapping mapping : ApiContract.resolvers()) {
            boolean viaLambda = mapping.target() == ResolverMapping.Target.API;
            Resolver.Builder.create(this, mapping.typeName() + "-" + mapping.fieldName()).api(api)
                    .typeName(mapping.typeName()).fieldName(mapping.fieldName())
                    .dataSource(viaLambda ? lambda : none)
                    .runtime(FunctionRuntime.JS_1_0_0)
                    .code(viaLambda ? envelope : echo)
                    .build();
        }
    }

    public GraphqlApi api() {
        return api;
    }

    /** The schema resource as a file, because AppSync's construct reads the definition from a path. */
    private static Path schemaFile() {
        try {
            Path file = Files.createTempFile("leave-tracker-schema", ".graphql");
            Files.writeString(file, ApiContract.schema());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
