package org.leavetracker.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.execution.AbortExecutionException;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.NullValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.Selection;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.leavetracker.functions.api.ApiHandler;
import org.leavetracker.graphql.ApiContract;
import org.leavetracker.graphql.ResolverMapping;

/**
 * The schema file executed with graphql-java, each field wired as the resolver mapping says: API fields become
 * AppSync-shaped resolver events for the same resolver handler the cloud invokes, and the envelope it answers is
 * unwrapped exactly as the envelope resolver (api.js) does; publish… fields echo their argument (AppSync's NONE
 * data source) and only the runtime itself (IAM) may call them.
 */
final class GraphQlEngine {

    private static final java.util.Set<String> ROOT_TYPES = java.util.Set.of("Query", "Mutation", "Subscription");

    /** Fields a request may ask for in all (a bound on work besides AppSync's own two limits). */
    static final int MAX_COMPLEXITY = 400;

    /** What AppSync calls errors of its own: the errorType a client reads. */
    record TypedError(String errorType) implements ErrorClassification {
    }

    private final GraphQL graphQL;
    private final GraphQLSchema schema;
    private final ApiHandler api;

    GraphQlEngine(ApiHandler api) {
        this.api = api;
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(AppSyncScalars.awsDate()).scalar(AppSyncScalars.awsDateTime())
                .scalar(AppSyncScalars.awsEmail()).scalar(AppSyncScalars.awsJson());
        for (ResolverMapping mapping : ApiContract.resolvers()) {
            DataFetcher<?> fetcher = mapping.target() == ResolverMapping.Target.API ? apiField(mapping)
                    : echoField(mapping);
            wiring.type(mapping.typeName(), type -> type.dataFetcher(mapping.fieldName(), fetcher));
        }
        this.schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse(ApiContract.APPSYNC_BUILT_INS + ApiContract.schema()), wiring.build());
        this.graphQL = GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(
                new MaxQueryDepthInstrumentation(ApiContract.QUERY_DEPTH_LIMIT),
                new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY),
                // AppSync's resolver count: here only root fields have resolvers, so each counts one
                new MaxQueryComplexityInstrumentation(ApiContract.RESOLVER_COUNT_LIMIT, (env, children) ->
                        env.getParentType() instanceof GraphQLObjectType parent && ROOT_TYPES.contains(parent.getName())
                                ? children + 1 : children)))
                .build();
    }

    /** Runs a query or mutation; the answer is the JSON body AppSync would send. */
    Map<String, Object> execute(String query, Map<String, Object> variables, String operationName, AuthContext auth) {
        ExecutionInput input = ExecutionInput.newExecutionInput().query(query)
                .variables(variables == null ? Map.of() : variables).operationName(operationName)
                .graphQLContext(Map.of(AuthContext.class, auth)).build();
        ExecutionResult result;
        try {
            result = graphQL.execute(input);
        } catch (AbortExecutionException tooDeepOrComplex) {
            result = tooDeepOrComplex.toExecutionResult();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", result.getData());
        if (!result.getErrors().isEmpty()) {
            body.put("errors", errors(result.getErrors()));
        }
        return body;
    }

    /** A subscription request, checked against the schema: its one root field, arguments and selected fields. */
    record SubscriptionRequest(String field, Map<String, Object> arguments, SelectionSet selection) {
    }

    /** The object type a field of an object type returns (lists and non-null unwrapped). */
    String fieldTypeName(String typeName, String fieldName) {
        GraphQLObjectType type = (GraphQLObjectType) schema.getType(typeName);
        return GraphQLTypeUtil.unwrapAll(type.getFieldDefinition(fieldName).getType()).getName();
    }

    /** @throws RequestError when the document is not one valid subscription */
    SubscriptionRequest subscription(String query, Map<String, Object> variables, String operationName) {
        ParseAndValidateResult parsed = ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput()
                .query(query).variables(variables == null ? Map.of() : variables).operationName(operationName)
                .build());
        if (parsed.isFailure()) {
            throw new RequestError("VALIDATION_ERROR", parsed.getErrors().getFirst().getMessage());
        }
        List<OperationDefinition> operations = parsed.getDocument().getDefinitionsOfType(OperationDefinition.class)
                .stream().filter(o -> operationName == null || operationName.equals(o.getName())).toList();
        if (operations.size() != 1 || operations.getFirst().getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
            throw new RequestError("VALIDATION_ERROR", "send exactly one subscription operation");
        }
        List<Selection> roots = operations.getFirst().getSelectionSet().getSelections();
        if (roots.size() != 1 || !(roots.getFirst() instanceof Field root)) {
            throw new RequestError("VALIDATION_ERROR", "a subscription selects exactly one field");
        }
        Map<String, Object> arguments = new HashMap<>();
        for (Argument argument : root.getArguments()) {
            Object value = argument.getValue() instanceof VariableReference ref
                    ? (variables == null ? null : variables.get(ref.getName()))
                    : argument.getValue() instanceof StringValue s ? s.getValue()
                    : argument.getValue() instanceof NullValue ? null : argument.getValue().toString();
            arguments.put(argument.getName(), value);
        }
        return new SubscriptionRequest(root.getName(), arguments, root.getSelectionSet());
    }

    /** A request refused before execution, with the errorType a client sees. */
    static final class RequestError extends RuntimeException {
        final String errorType;

        RequestError(String errorType, String message) {
            super(message, null, false, false);
            this.errorType = errorType;
        }
    }

    private DataFetcher<Object> apiField(ResolverMapping mapping) {
        return env -> {
            AuthContext auth = env.getGraphQlContext().get(AuthContext.class);
            if (auth.iam()) {
                return failure(env, "FORBIDDEN", "IAM callers may only call the publish… mutations");
            }
            Map<String, Object> event = new HashMap<>();
            event.put("arguments", env.getArguments());
            Map<String, Object> identity = new HashMap<>();
            identity.put("claims", auth.claims());
            identity.put("sub", auth.claims().get("sub"));
            identity.put("username", auth.claims().get("cognito:username"));
            identity.put("issuer", auth.claims().get("iss"));
            event.put("identity", identity);
            event.put("source", null);
            event.put("request", Map.of("headers", auth.headers()));
            event.put("info", Map.of("fieldName", mapping.fieldName(), "parentTypeName", mapping.typeName()));
            Map<String, Object> envelope = api.handleRequest(event, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) envelope.get("error");
            if (error != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> details = (Map<String, Object>) error.getOrDefault("details", Map.of());
                return failure(env, (String) error.get("type"), (String) error.get("message"), details);
            }
            return envelope.get("data");
        };
    }

    private DataFetcher<Object> echoField(ResolverMapping mapping) {
        return env -> {
            AuthContext auth = env.getGraphQlContext().get(AuthContext.class);
            if (!auth.iam()) {
                return failure(env, "FORBIDDEN", "Not Authorized to access " + mapping.fieldName() + " on type "
                        + mapping.typeName());
            }
            return env.getArguments().values().iterator().next();
        };
    }

    private static DataFetcherResult<Object> failure(DataFetchingEnvironment env, String type,
                                                     String message) {
        return failure(env, type, message, Map.of());
    }

    /** @param details the refusal's structured details (SPEC §3.11): the field at fault, figures, retryAfterSeconds */
    private static DataFetcherResult<Object> failure(DataFetchingEnvironment env, String type, String message,
                                                     Map<String, Object> details) {
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(env).message(message).errorType(new TypedError(type));
        if (!details.isEmpty()) {
            error.extensions(details);
        }
        return DataFetcherResult.newResult().error(error.build()).build();
    }

    /** GraphQL errors as AppSync writes them: errorType beside message, path and locations. */
    static List<Map<String, Object>> errors(List<GraphQLError> errors) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GraphQLError error : errors) {
            Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
            spec.remove("extensions");
            // Our fields report typed errors; a failure inside a field is ours; anything else (syntax,
            // validation, depth, complexity, bad-faith introspection) is a refused request.
            ErrorClassification classification = error.getErrorType();
            boolean ours = error instanceof ExceptionWhileDataFetching
                    || classification == ErrorType.DataFetchingException;
            String type = classification instanceof TypedError t ? t.errorType()
                    : ours ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
            if ("INTERNAL_ERROR".equals(type)) {
                System.err.println("internal GraphQL error: " + error);
                spec.put("message", "Something went wrong on our side");
            }
            spec.put("errorType", type);
            Map<String, Object> details = error.getExtensions() == null ? Map.of() : error.getExtensions();
            // SPEC §4's extensions (errorType, the field at fault, the figures, retryAfterSeconds), and the details
            // as AppSync's errorInfo too, as the cloud answers them
            Map<String, Object> extensions = new LinkedHashMap<>(details);
            extensions.put("errorType", type);
            spec.put("extensions", extensions);
            if (!details.isEmpty()) {
                spec.put("errorInfo", details);
            }
            out.add(spec);
        }
        return out;
    }
}
