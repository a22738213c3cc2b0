package org.leavetracker.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.read.LeaveReports;
import org.leavetracker.domain.read.PersonalDataExports;
import org.leavetracker.domain.upload.UploadKind;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * The bucket of attachments and CSV reports, reached only through presigned URLs. The bucket is this construct's
 * "Default" child, so its logical id is the one it had when the stack made it (a named bucket cannot be replaced).
 */
final class Uploads extends Construct {

    private final Bucket bucket;
    private final String bucketName;

    /** @param webUrl the web app's address; its origin (and the operator's) may upload from a browser */
    Uploads(Construct scope, String id, String tablePrefix, String webUrl, String webOrigins) {
        super(scope, id);
        Stack stack = Stack.of(this);
        // named from the prefix (unique with the account and region), so the web app's CSP can name its address
        // without a reference to the bucket, whose CORS refers to the web app
        bucketName = Fn.join("", List.of(tablePrefix, "uploads-", stack.getAccount(), "-", stack.getRegion()));
        bucket = Bucket.Builder.create(this, "Default").bucketName(bucketName)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .versioned(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                // uploads that were started and never finished cost money and hold nothing useful
                .lifecycleRules(List.of(LifecycleRule.builder().abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .noncurrentVersionExpiration(Duration.days(30)).build(),
                        // a report is fetched once through a 15-minute link; a week covers "send it to me again"
                        LifecycleRule.builder().prefix(LeaveReports.KEY_PREFIX).expiration(Duration.days(7)).build(),
                        // so is a person's data file: handed over, not kept (decision 0036)
                        LifecycleRule.builder().prefix(PersonalDataExports.KEY_PREFIX).expiration(Duration.days(7))
                                .build()))
                .cors(List.of(CorsRule.builder().allowedMethods(List.of(HttpMethods.PUT, HttpMethods.GET))
                        .allowedOrigins(origins(webUrl, webOrigins)).allowedHeaders(List.of("*"))
                        .maxAge(3000).build()))
                .build();
    }

    /**
     * Presigned URLs are signed with the resolver's credentials: PutObject for uploads, and for reports and personal
     * data files (which it writes itself) GetObject under reports/ and personal-data/ only, so no one downloads another person's upload through it. Exactly
     * these two actions: CDK's grantPut adds retention, legal-hold and tagging actions, and grantRead s3:List* and
     * s3:GetBucket* on the whole bucket, with which the resolver could list everyone's uploads.
     */
    void presignedBy(JavaFunction resolver) {
        resolver.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:PutObject"))
                .resources(List.of(bucket.arnForObjects("*"))).build());
        resolver.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:GetObject"))
                .resources(List.of(bucket.arnForObjects(LeaveReports.KEY_PREFIX + "*"),
                        bucket.arnForObjects(PersonalDataExports.KEY_PREFIX + "*"))).build());
        resolver.function().addEnvironment("UPLOADS_BUCKET", bucket.getBucketName());
    }

    /**
     * An erasure deletes the person's exports: listing under personal-data/ and deleting there, nothing else.
     */
    void personalDataDeletedBy(JavaFunction... functions) {
        for (JavaFunction function : functions) {
            // a person's exports (personal-data/<org>/<person>/…) and uploads (<org>/<person>/<kind>/…)
            function.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:ListBucket"))
                    .resources(List.of(bucket.getBucketArn()))
                    .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(PersonalDataExports.KEY_PREFIX + "*",
                            "*/*/")))).build());
            function.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:DeleteObject"))
                    .resources(List.of(bucket.arnForObjects(PersonalDataExports.KEY_PREFIX + "*"),
                            bucket.arnForObjects("*/*/" + UploadKind.PROFILE_IMAGE.folder() + "/*"),
                            bucket.arnForObjects("*/*/" + UploadKind.ATTACHMENT.folder() + "/*"))).build());
            function.function().addEnvironment("UPLOADS_BUCKET", bucket.getBucketName());
        }
    }

    /**
     * Where browsers send uploads (for the web app's Content-Security-Policy): the regional host, and the global one
     * the SDK presigns in us-east-1.
     */
    List<String> urls() {
        Stack stack = Stack.of(this);
        return List.of(Fn.join("", List.of("https://", bucketName, ".s3.", stack.getRegion(), ".amazonaws.com")),
                Fn.join("", List.of("https://", bucketName, ".s3.amazonaws.com")));
    }

    /** Browsers may upload from the web app's own address and from the origins the operator adds. */
    private static List<String> origins(String webUrl, String configured) {
        List<String> origins = new ArrayList<>(List.of(Fn.select(0, Fn.split("/", webUrl, 4)) + "//"
                + Fn.select(2, Fn.split("/", webUrl, 4))));
        for (String origin : configured.split(",")) {
            if (!origin.isBlank()) {
                origins.add(origin.strip());
            }
        }
        return origins;
    }
}
