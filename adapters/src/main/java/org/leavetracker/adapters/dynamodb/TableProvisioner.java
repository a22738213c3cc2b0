package org.leavetracker.adapters.dynamodb;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/** Creates the tables of {@link Tables} where they do not exist yet (the local runtime and the tests). */
public final class TableProvisioner {

    private final DynamoDbClient dynamo;
    private final String prefix;

    public TableProvisioner(DynamoDbClient dynamo, String prefix) {
        this.dynamo = dynamo;
        this.prefix = prefix;
    }

    public void createAll() {
        Tables.ALL.forEach(this::create);
    }

    public void create(TableSpec spec) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        define(attributes, spec.partitionKey());
        define(attributes, spec.sortKey());
        for (TableSpec.Index index : spec.indexes()) {
            define(attributes, index.partitionKey());
            define(attributes, index.sortKey());
            indexes.add(GlobalSecondaryIndex.builder().indexName(index.name())
                    .keySchema(keySchema(index.partitionKey(), index.sortKey()))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());
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
            return;
        }
        if (spec.ttlAttribute() != null) {
            dynamo.updateTimeToLive(b -> b.tableName(spec.tableName(prefix)).timeToLiveSpecification(
                    TimeToLiveSpecification.builder().enabled(true).attributeName(spec.ttlAttribute()).build()));
        }
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
