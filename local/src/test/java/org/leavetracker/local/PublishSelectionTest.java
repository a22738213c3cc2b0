package org.leavetracker.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.appsync.AppSyncPublisher;
import org.leavetracker.graphql.ApiContract;

/**
 * AppSync hands subscribers only the fields the publishing mutation selected, so the publisher's mutations must
 * select every field (nested ones too) of what they publish — checked against the schema file itself.
 */
class PublishSelectionTest {

    private final GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
            new SchemaParser().parse(ApiContract.APPSYNC_BUILT_INS + ApiContract.schema()));

    @Test
    void the_publish_mutations_select_every_field_of_a_leave_request_and_a_balance() {
        assertCovers(AppSyncPublisher.REQUEST_MUTATION, "LeaveRequest");
        assertCovers(AppSyncPublisher.BALANCE_MUTATION, "Balance");
    }

    private void assertCovers(String mutation, String typeName) {
        Document document = Parser.parse(mutation);
        OperationDefinition operation = (OperationDefinition) document.getDefinitions().getFirst();
        Field publish = (Field) operation.getSelectionSet().getSelections().getFirst();
        assertMissing(publish.getSelectionSet(), (GraphQLObjectType) schema.getType(typeName), typeName);
    }

    private void assertMissing(SelectionSet selected, GraphQLObjectType type, String path) {
        Set<String> names = new TreeSet<>();
        selected.getSelectionsOfType(Field.class).forEach(f -> names.add(f.getName()));
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            assertThat(names).as("%s.%s is published", path, field.getName()).contains(field.getName());
            GraphQLType fieldType = unwrap(field.getType());
            if (fieldType instanceof GraphQLObjectType nested) {
                Field inner = selected.getSelectionsOfType(Field.class).stream()
                        .filter(f -> f.getName().equals(field.getName())).findFirst().orElseThrow();
                assertMissing(inner.getSelectionSet(), nested, path + "." + field.getName());
            }
        }
    }

    private static GraphQLType unwrap(GraphQLType type) {
        while (type instanceof GraphQLNonNull || type instanceof GraphQLList) {
            type = type instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) type).getWrappedType();
        }
        return type;
    }
}
