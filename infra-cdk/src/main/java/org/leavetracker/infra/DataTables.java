package org.leavetracker.infra;

import java.util.LinkedHashMap;
import java.util.Map;

import org.leavetracker.adapters.dynamodb.TableSpec;
import org.leavetracker.adapters.dynamodb.Tables;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Billing;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexPropsV2;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.TableEncryptionV2;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * Every table of {@link Tables}, built from those definitions (never restated here): point-in-time recovery as far
 * back as each says, deletion protection, retained when the stack is deleted, encrypted, on-demand.
 */
public final class DataTables extends Construct {

    private final Map<String, TableV2> tables = new LinkedHashMap<>();
    /** Wraps each person's data key (SPEC §3.10); destroying a person's wrapped key erases them. */
    private final Key personalDataKey;

    public DataTables(Construct scope, String id, String tablePrefix) {
        super(scope, id);
        personalDataKey = Key.Builder.create(this, "PersonalDataKey")
                .description("Leave Tracker " + tablePrefix + ": wraps each person's data key")
                .enableKeyRotation(true).removalPolicy(RemovalPolicy.RETAIN).build();
        for (TableSpec spec : Tables.ALL) {
            TableV2.Builder table = TableV2.Builder.create(this, spec.logicalName())
                    .tableName(spec.tableName(tablePrefix))
                    .partitionKey(attribute(spec.partitionKey()))
                    .billing(Billing.onDemand())
                    .encryption(TableEncryptionV2.awsManagedKey())
                    .pointInTimeRecoverySpecification(spec.backupDays() == 0
                            ? PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(false).build()
                            : PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true)
                            .recoveryPeriodInDays(spec.backupDays()).build())
                    .deletionProtection(true)
                    .removalPolicy(RemovalPolicy.RETAIN);
            if (spec.sortKey() != null) {
                table.sortKey(attribute(spec.sortKey()));
            }
            if (spec.ttlAttribute() != null) {
                table.timeToLiveAttribute(spec.ttlAttribute());
            }
            if (spec.stream()) {
                table.dynamoStream(StreamViewType.NEW_IMAGE);
            }
            table.globalSecondaryIndexes(spec.indexes().stream().map(index -> GlobalSecondaryIndexPropsV2.builder()
                    .indexName(index.name()).partitionKey(attribute(index.partitionKey()))
                    .sortKey(index.sortKey() == null ? null : attribute(index.sortKey()))
                    .projectionType(index.projected() == null ? ProjectionType.ALL : ProjectionType.INCLUDE)
                    .nonKeyAttributes(index.projected()).build()).toList());
            tables.put(spec.logicalName(), table.build());
        }
    }

    public java.util.List<TableV2> all() {
        return java.util.List.copyOf(tables.values());
    }

    /**
     * The tables AWS Backup copies (kept a year in a second region): those backed up as far back as point-in-time
     * recovery reaches. Not the read table (rebuilt from the events) nor people's keys (an erasure must reach every
     * copy of them within a day).
     */
    public java.util.List<TableV2> backedUp() {
        return Tables.ALL.stream().filter(spec -> spec.backupDays() == TableSpec.LONGEST_BACKUP_DAYS)
                .map(this::table).toList();
    }

    /** The KMS key's ARN, for the functions' environment (PERSONAL_DATA_KEY_ID). */
    public String personalDataKeyArn() {
        return personalDataKey.getKeyArn();
    }

    public TableV2 table(TableSpec spec) {
        return tables.get(spec.logicalName());
    }

    /**
     * What running commands needs: the write side appends only (conditional puts inside transactions, never an
     * update or a delete), and reads the read table. Of the keys, a released sign-in's is deleted (conditioned on
     * its owner), and the rate limits' counters are incremented (DynamoDbRateLimits).
     */
    void grantCommands(JavaFunction function) {
        table(Tables.EVENTS).grant(function.function(), "dynamodb:Query", "dynamodb:GetItem",
                "dynamodb:ConditionCheckItem", "dynamodb:PutItem");
        table(Tables.KEYS).grant(function.function(), "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query",
                "dynamodb:DeleteItem", "dynamodb:UpdateItem");
        table(Tables.READ).grant(function.function(), "dynamodb:GetItem", "dynamodb:Query");
        grantPersonalKeys(function, true);
    }

    /**
     * People's data keys: reading one and unwrapping it, and, for what writes personal fields, making one (a put on
     * the condition that there is none) and wrapping it. An erasure's tombstone is a put as well.
     */
    private void grantPersonalKeys(JavaFunction function, boolean makes) {
        table(Tables.PERSONAL_KEYS).grant(function.function(), makes
                ? new String[] {"dynamodb:GetItem", "dynamodb:PutItem"} : new String[] {"dynamodb:GetItem"});
        personalDataKey.grant(function.function(), makes
                ? new String[] {"kms:Decrypt", "kms:Encrypt"} : new String[] {"kms:Decrypt"});
    }

    /**
     * The one-off sealing of personal fields written in clear (PersonalFieldsMigration): the one rewrite of event
     * payloads ever made, the claims moved to their hashes, and snapshots deleted.
     */
    void grantSealingMigration(JavaFunction function) {
        table(Tables.EVENTS).grant(function.function(), "dynamodb:Scan", "dynamodb:UpdateItem");
        table(Tables.KEYS).grant(function.function(), "dynamodb:Scan", "dynamodb:GetItem", "dynamodb:PutItem",
                "dynamodb:DeleteItem");
        grantPersonalKeys(function, true);
    }

    /** The daily retention run: erasures (commands), and the organizations' items found by a scan of the read table. */
    void grantRetention(JavaFunction function) {
        grantCommands(function);
        table(Tables.READ).grant(function.function(), "dynamodb:Scan");
    }

    /**
     * What a rule target needs: loading aggregates (a load may store a snapshot in the keys table) and reading the
     * read table — writing it too when {@code readTableWrites}.
     */
    void grantReads(JavaFunction function, boolean readTableWrites) {
        table(Tables.EVENTS).grant(function.function(), "dynamodb:Query", "dynamodb:GetItem");
        table(Tables.KEYS).grant(function.function(), "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query");
        if (readTableWrites) {
            table(Tables.READ).grant(function.function(), "dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem");
        } else {
            table(Tables.READ).grant(function.function(), "dynamodb:GetItem", "dynamodb:Query");
        }
        grantPersonalKeys(function, readTableWrites);
    }

    /**
     * The rebuild: what a projection may do, plus scanning the events table for the aggregates (never a request path)
     * and keeping its progress in the keys table.
     */
    void grantRebuild(JavaFunction function) {
        grantReads(function, true);
        table(Tables.EVENTS).grant(function.function(), "dynamodb:Scan");
    }

    private static Attribute attribute(TableSpec.Key key) {
        return Attribute.builder().name(key.name())
                .type(key.type() == TableSpec.KeyType.STRING ? AttributeType.STRING : AttributeType.NUMBER).build();
    }
}
