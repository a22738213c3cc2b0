package org.leavetracker.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's contract as resources of this module: the schema, the resolver mapping and the envelope resolver code.
 * The stack, the local runtime and the tests read them from here; there is no second copy.
 */
public final class ApiContract {

    public static final String SCHEMA = "graphql/schema.graphql";
    /**
     * How deep a query may nest, in AppSync and the local runtime alike: the web app's deepest document nests 3
     * levels, GraphiQL's introspection query 12.
     */
    public static final int QUERY_DEPTH_LIMIT = 12;
    /**
     * Resolvers one request may invoke, in AppSync and the local runtime alike: only root fields have resolvers
     * here, so this caps the fields (or aliases of one) a request asks for at once; the web app asks at most 5.
     */
    public static final int RESOLVER_COUNT_LIMIT = 20;
    public static final String RESOLVERS = "graphql/resolvers.txt";
    public static final String ENVELOPE_RESOLVER = "graphql/api.js";

    /**
     * What AppSync declares implicitly: its scalars and auth directives. A standard GraphQL engine (the local runtime,
     * the tests) parses the schema with these prepended.
     */
    public static final String APPSYNC_BUILT_INS = """
            scalar AWSDate
            scalar AWSDateTime
            scalar AWSJSON
            scalar AWSEmail
            directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
            directive @aws_iam on OBJECT | FIELD_DEFINITION
            directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
            """;

    private ApiContract() {
    }

    public static String schema() {
        return resource(SCHEMA);
    }

    public static String envelopeResolverCode() {
        return resource(ENVELOPE_RESOLVER);
    }

    /**
     * Every field of an object type of the schema, nested object types' fields too, as a selection set: what a
     * publish… mutation selects so that subscribers receive the whole object (AppSync hands them only what the
     * mutation selected). Read from the schema file, so no list of fields is kept by hand.
     */
    public static String selectionOf(String typeName) {
        return new SchemaTypes(schema()).selectionOf(typeName);
    }

    /** The names of an object type's fields, in the schema's order. */
    public static List<String> fieldsOf(String typeName) {
        return new SchemaTypes(schema()).fieldsOf(typeName);
    }

    public static List<ResolverMapping> resolvers() {
        List<ResolverMapping> mappings = new ArrayList<>();
        for (String line : resource(RESOLVERS).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = trimmed.split("\\s+");
            String[] field = columns[0].split("\\.");
            mappings.add(new ResolverMapping(field[0], field[1], ResolverMapping.Target.valueOf(columns[1].toUpperCase()),
                    ResolverMapping.Auth.valueOf(columns[2].toUpperCase()), "read".equals(columns[3])));
        }
        return mappings;
    }

    private static String resource(String path) {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
