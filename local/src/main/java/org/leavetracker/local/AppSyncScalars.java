package org.leavetracker.local;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** AppSync's scalars for a standard GraphQL engine: strings checked the way AppSync checks them. */
final class AppSyncScalars {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private AppSyncScalars() {
    }

    static GraphQLScalarType awsDate() {
        return string("AWSDate", "a date YYYY-MM-DD", value -> parses(() -> LocalDate.parse(value)));
    }

    static GraphQLScalarType awsDateTime() {
        return string("AWSDateTime", "a date-time such as 2026-06-15T10:00:00Z",
                value -> parses(() -> OffsetDateTime.parse(value)));
    }

    static GraphQLScalarType awsEmail() {
        return string("AWSEmail", "an e-mail address", value -> EMAIL.matcher(value).matches());
    }

    /** JSON travels as a string holding JSON, as in AppSync. */
    static GraphQLScalarType awsJson() {
        return string("AWSJSON", "a JSON document as a string", value -> true);
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static GraphQLScalarType string(String name, String expected, Predicate<String> valid) {
        return GraphQLScalarType.newScalar().name(name).description(expected).coercing(new Coercing<Object, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value == null) {
                    throw new CoercingSerializeException(name + " cannot be null");
                }
                return value.toString();
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (!(input instanceof String s) || !valid.test(s)) {
                    throw new CoercingParseValueException("'" + input + "' is not " + expected);
                }
                return s;
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
                if (!(input instanceof StringValue s) || !valid.test(s.getValue())) {
                    throw new CoercingParseLiteralException("not " + expected);
                }
                return s.getValue();
            }
        }).build();
    }
}
