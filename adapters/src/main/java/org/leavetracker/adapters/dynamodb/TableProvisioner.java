package org.leavetracker.adapters.dynamodb;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * Creates the tables of {@link Tables} where they do not exist yet, and the indexes a table of an older version lacks
 * (the local runtime and the tests; in the cloud CloudFormation does both).
 */
public final class TableProvisioner {

    private final DynamoDbClient dynamo;
    private final String prefix;

    public TableProvisioner(DynamoDbClient dynamo, String prefix) {
        this.dynamo = dynamo;
        this.prefix = prefix;
    }

    /** @return the indexes added to tables that existed (their items need a read-side rebuild to be listed) */
    public List<String> createAll() {
        List<String> added = new ArrayList<>();
        Tables.ALL.forEach(spec -> added.addAll(create(spec)));
        return added;
    }

    /** @return the indexes added to the table if it existed already */
    public List<String> create(TableSpec spec) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        define(attributes, spec.partitionKey());
        define(attributes, spec.sortKey());
        for (TableSpec.Index index : spec.indexes()) {
            define(attributes, index.partitionKey());
            define(attributes, index.sortKey());
            indexes.add(index(index));
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(spec.tableName(prefix))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(keySchema(spec.partitionKey(), spec.sortKey()));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        if (spec.stream()) {
            request.streamSpecification(StreamSpecification.builder().streamEnabled(true)
                    .streamViewType(StreamViewType.NEW_IMAGE).build());
        }
        try {
            dynamo.createTable(request.build());
        } catch (ResourceInUseException exists) {
            List<String> added = addMissingIndexes(spec);
            enableTimeToLive(spec);
            return added;
        }
        enableTimeToLive(spec);
        return List.of();
    }

    /** Also on a table made before it had a TTL attribute (the read table's, for the webhook delivery log). */
    private void enableTimeToLive(TableSpec spec) {
        if (spec.ttlAttribute() == null) {
            return;
        }
        String table = spec.tableName(prefix);
        var current = dynamo.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        if (current != null && spec.ttlAttribute().equals(current.attributeName())
                && current.timeToLiveStatusAsString().startsWith("ENABL")) {
            return;
        }
        dynamo.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(
                TimeToLiveSpecification.builder().enabled(true).attributeName(spec.ttlAttribute()).build()));
    }

    /** One index per update, as DynamoDB allows; each waited for until it serves queries. */
    private List<String> addMissingIndexes(TableSpec spec) {
        String table = spec.tableName(prefix);
        List<String> existing = new ArrayList<>();
        TableDescription description = dynamo.describeTable(b -> b.tableName(table)).table();
        description.globalSecondaryIndexes().forEach(i -> existing.add(i.indexName()));
        List<String> added = new ArrayList<>();
        for (TableSpec.Index index : spec.indexes()) {
            if (existing.contains(index.name())) {
                continue;
            }
            List<AttributeDefinition> attributes = new ArrayList<>();
            define(attributes, index.partitionKey());
            define(attributes, index.sortKey());
            dynamo.updateTable(b -> b.tableName(table).attributeDefinitions(attributes).globalSecondaryIndexUpdates(
                    GlobalSecondaryIndexUpdate.builder().create(CreateGlobalSecondaryIndexAction.builder()
                            .indexName(index.name()).keySchema(keySchema(index.partitionKey(), index.sortKey()))
                            .projection(projection(index)).build()).build()));
            awaitActive(table, index.name());
            added.add(table + "." + index.name());
        }
        return added;
    }

    private void awaitActive(String table, String index) {
        for (int attempt = 0; attempt < 600; attempt++) {
            boolean active = dynamo.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().stream()
                    .anyMatch(i -> i.indexName().equals(index) && i.indexStatus() == IndexStatus.ACTIVE);
            if (active) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while index " + index + " was created", e);
            }
        }
        throw new IllegalStateException("index " + index + " of " + table + " did not become active in 60 s");
    }

    private static GlobalSecondaryIndex index(TableSpec.Index index) {
        return GlobalSecondaryIndex.builder().indexName(index.name())
                .keySchema(keySchema(index.partitionKey(), index.sortKey())).projection(projection(index)).build();
    }

    private static Projection projection(TableSpec.Index index) {
        return index.projected() == null ? all() : Projection.builder().projectionType(ProjectionType.INCLUDE)
                .nonKeyAttributes(index.projected()).build();
    }

    private static Projection all() {
        return Projection.builder().projectionType(ProjectionType.ALL).build();
    }

    private static void define(List<AttributeDefinition> attributes, TableSpec.Key key) {
        if (key == null || attributes.stream().anyMatch(a -> a.attributeName().equals(key.name()))) {
            return;
        }
        attributes.add(AttributeDefinition.builder().attributeName(key.name())
                .attributeType(key.type() == TableSpec.KeyType.STRING ? ScalarAttributeType.S : ScalarAttributeType.N)
                .build());
    }

    private static List<KeySchemaElement> keySchema(TableSpec.Key partition, TableSpec.Key sort) {
        List<KeySchemaElement> schema = new ArrayList<>();
        schema.add(KeySchemaElement.builder().attributeName(partition.name()).keyType(KeyType.HASH).build());
        if (sort != null) {
            schema.add(KeySchemaElement.builder().attributeName(sort.name()).keyType(KeyType.RANGE).build());
        }
        return schema;
    }
}
