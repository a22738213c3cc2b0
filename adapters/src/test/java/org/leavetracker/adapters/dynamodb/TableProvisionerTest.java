package org.leavetracker.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

class TableProvisionerTest {

    /** An instance of its own: DynamoDB Local leaves a new index CREATING while it holds the suite's hundreds of tables. */
    private final AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true);
    private final DynamoDbClient dynamo = local.dynamoDbClient();

    @AfterEach
    void stop() {
        local.shutdown();
    }

    @Test
    void a_read_table_of_an_older_version_gains_the_indexes_it_lacks_and_a_current_one_is_left_alone() {
        String prefix = "provisioner-" + System.nanoTime() + "-";
        TableProvisioner provisioner = new TableProvisioner(dynamo, prefix);
        TableSpec read = Tables.READ;
        TableSpec older = new TableSpec(read.logicalName(), read.partitionKey(), read.sortKey(),
                read.indexes().subList(0, 2), read.ttlAttribute(), read.stream());

        assertThat(provisioner.create(older)).as("a new table").isEmpty();
        assertThat(provisioner.create(read)).containsExactly(prefix + "read." + ReadItems.GSI3);
        assertThat(dynamo.describeTable(b -> b.tableName(prefix + "read")).table().globalSecondaryIndexes())
                .extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactlyInAnyOrder(ReadItems.GSI1, ReadItems.GSI2, ReadItems.GSI3);
        assertThat(provisioner.create(read)).as("nothing left to add").isEqualTo(List.of());
    }
}
