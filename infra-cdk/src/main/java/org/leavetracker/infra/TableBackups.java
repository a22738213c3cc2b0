package org.leavetracker.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.backup.BackupPlan;
import software.amazon.awscdk.services.backup.BackupPlanCopyActionProps;
import software.amazon.awscdk.services.backup.BackupPlanRule;
import software.amazon.awscdk.services.backup.BackupResource;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.backup.IBackupVault;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.CronOptions;
import software.constructs.Construct;

/**
 * Backups beyond point-in-time recovery (context {@code backupCopyRegion}): a daily AWS Backup of every table, kept
 * 35 days in this region and copied to a vault of the same name in the second region, kept a year there. The vault
 * in the second region is the operator's to create once (docs/OPERATIONS.md): a stack deploys into one region.
 */
final class TableBackups extends Construct {

    static final int KEEP_DAYS = 35;
    static final int COPY_KEEP_DAYS = 365;

    TableBackups(Construct scope, String id, String namePrefix, String copyRegion, List<TableV2> tables) {
        super(scope, id);
        Stack stack = Stack.of(this);
        String vaultName = namePrefix + "backups";
        BackupVault vault = BackupVault.Builder.create(this, "Vault").backupVaultName(vaultName)
                .removalPolicy(RemovalPolicy.RETAIN).build();
        IBackupVault copyVault = BackupVault.fromBackupVaultArn(this, "CopyVault", "arn:" + stack.getPartition()
                + ":backup:" + copyRegion + ":" + stack.getAccount() + ":backup-vault:" + vaultName);
        BackupPlan plan = BackupPlan.Builder.create(this, "Plan").backupPlanName(namePrefix + "tables")
                .backupVault(vault)
                .backupPlanRules(List.of(BackupPlanRule.Builder.create().ruleName("daily")
                        .scheduleExpression(Schedule.cron(CronOptions.builder().hour("3").minute("0").build()))
                        .deleteAfter(Duration.days(KEEP_DAYS))
                        .copyActions(List.of(BackupPlanCopyActionProps.builder().destinationBackupVault(copyVault)
                                .deleteAfter(Duration.days(COPY_KEEP_DAYS)).build()))
                        .build()))
                .build();
        plan.addSelection("Tables", software.amazon.awscdk.services.backup.BackupSelectionOptions.builder()
                .resources(tables.stream().map(t -> BackupResource.fromArn(t.getTableArn())).toList()).build());
    }
}
