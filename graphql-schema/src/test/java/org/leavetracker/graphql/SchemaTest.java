package org.leavetracker.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import org.junit.jupiter.api.Test;

/** The schema parses (with AppSync's scalars and directives declared) and every operation has a resolver. */
class SchemaTest {


    private final TypeDefinitionRegistry registry = new SchemaParser().parse(ApiContract.APPSYNC_BUILT_INS + ApiContract.schema());

    private List<FieldDefinition> fieldsOf(String type) {
        return registry.getType(type, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions();
    }

    @Test
    void every_operation_has_exactly_one_resolver_mapping_and_no_mapping_is_dangling() {
        Set<String> operations = List.of("Query", "Mutation", "Subscription").stream()
                .flatMap(type -> fieldsOf(type).stream().map(f -> type + "." + f.getName()))
                .collect(Collectors.toSet());
        List<String> mapped = ApiContract.resolvers().stream().map(ResolverMapping::field).toList();

        assertThat(mapped).doesNotHaveDuplicates();
        assertThat(Set.copyOf(mapped)).isEqualTo(operations);
    }

    @Test
    void the_operations_named_in_the_spec_are_all_there() {
        assertThat(fieldsOf("Query")).extracting(FieldDefinition::getName).contains("me", "organization", "users",
                "locations", "leaveTypes", "policies", "balances", "leaveRequests", "pendingApprovals",
                "teamCalendar", "history");
        assertThat(fieldsOf("Mutation")).extracting(FieldDefinition::getName).contains("createOrganization",
                "addUser", "changeUserRole", "createLocation", "addHoliday", "moveUserToLocation", "assignApprover",
                "setWorkingWeek", "createLeaveType", "setLeavePolicy", "adjustBalance", "requestLeave",
                "approveLeave", "denyLeave", "cancelLeave", "addPastLeave", "createUploadUrl");
        assertThat(fieldsOf("Subscription")).extracting(FieldDefinition::getName)
                .containsExactlyInAnyOrder("onLeaveRequestChanged", "onBalanceChanged", "onSettingsChanged");
    }

    @Test
    void only_the_publish_mutations_are_iam_and_they_fire_the_subscriptions() {
        List<ResolverMapping> iam = ApiContract.resolvers().stream()
                .filter(m -> m.auth() == ResolverMapping.Auth.IAM).toList();
        assertThat(iam).extracting(ResolverMapping::fieldName)
                .containsExactlyInAnyOrder("publishLeaveRequestChanged", "publishBalanceChanged",
                        "publishSettingsChanged");
        assertThat(iam).allMatch(m -> m.target() == ResolverMapping.Target.LOCAL);
        assertThat(fieldsOf("Mutation")).filteredOn(f -> f.getName().startsWith("publish"))
                .allMatch(f -> f.hasDirective("aws_iam"));
        assertThat(fieldsOf("Subscription")).allMatch(f -> f.hasDirective("aws_subscribe"));
    }

    @Test
    void a_subscription_can_filter_on_the_organization_of_what_it_receives() {
        assertThat(fieldsOf("LeaveRequest")).extracting(FieldDefinition::getName).contains("orgId");
        assertThat(fieldsOf("Balance")).extracting(FieldDefinition::getName).contains("orgId", "userId");
        assertThat(fieldsOf("CalendarEntry")).extracting(FieldDefinition::getName).doesNotContain("reason");
    }
}
