package org.leavetracker.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.leavetracker.adapters.system.PinnedDateClock;
import org.leavetracker.adapters.testing.LocalDynamo;
import org.leavetracker.functions.support.Application;
import org.leavetracker.graphql.ApiContract;
import org.leavetracker.graphql.ResolverMapping;

class ApiRouterFieldsTest {

    @Test
    void the_capabilities_register_exactly_the_fields_the_resolver_mapping_sends_to_the_resolver() {
        LocalDynamo dynamo = LocalDynamo.shared();
        Application app = new Application(dynamo.client(), dynamo.freshTables(),
                new PinnedDateClock(LocalDate.of(2026, 6, 15)));
        Set<String> mapped = ApiContract.resolvers().stream()
                .filter(m -> m.target() == ResolverMapping.Target.API).map(ResolverMapping::field)
                .collect(Collectors.toSet());
        assertThat(new ApiRouter(app).fieldNames()).isEqualTo(mapped);
    }
}
