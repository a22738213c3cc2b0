package org.leavetracker.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.leavetracker.adapters.web.WebSecurityHeaders;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.cloudfront.S3OriginAccessControl;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOriginWithOACProps;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ErrorResponse;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.CacheControl;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;

/**
 * The web app in the cloud (docs/decisions/0018): its build in a private bucket that only CloudFront reads (origin
 * access control), behind a distribution (HTTPS only, HTTP/2 and 3, compressed, the single-page app's routes
 * answered by index.html) with the same security headers the local runtime sends, and a config.json written by the
 * stack next to the app, so one build serves every deployment. Hashed assets are cached for a year; index.html and
 * config.json never.
 */
public final class WebApp extends Construct {

    /** How long CloudFront's viewer logs are kept. */
    static final int ACCESS_LOG_DAYS = 90;

    /**
     * What the distribution faces the internet with.
     *
     * @param webAclArn      the CLOUDFRONT-scoped web ACL (rate limit per address)
     * @param domain         the company's own host name for the web app, or null for *.cloudfront.net
     * @param certificateArn an ACM certificate in us-east-1 for {@code domain}
     * @param namePrefix     starts the account-wide names (with the region: one per stack and region)
     */
    public record Edge(String webAclArn, String domain, String certificateArn, String namePrefix) {
        public Edge {
            if ((domain == null) != (certificateArn == null)) {
                throw new IllegalArgumentException("webDomain and webCertificateArn go together: give both or neither");
            }
        }
    }

    private final Distribution distribution;
    private final String url;

    /**
     * @param build     the web module's build directory
     * @param connectTo what the app connects to besides its own origin: GraphQL, real-time, Cognito, uploads
     * @param config    config.json's content (it may hold tokens: the stack's ids and URLs)
     */
    public WebApp(Construct scope, String id, String build, List<String> connectTo, Edge edge,
                  Map<String, Object> config) {
        super(scope, id);
        String region = Stack.of(this).getRegion();
        String accountWideName = edge.namePrefix() + "web-";
        Bucket site = Bucket.Builder.create(this, "Site").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED).enforceSsl(true)
                // it holds only the build: every deploy writes it again
                .removalPolicy(RemovalPolicy.DESTROY).autoDeleteObjects(true).build();
        ResponseHeadersPolicy headers = ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
                .responseHeadersPolicyName(Fn.join("", List.of(accountWideName, "headers-", region)))
                .comment("Leave Tracker web app: the same headers as the local runtime (WebSecurityHeaders)")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder().override(true)
                                .contentSecurityPolicy(WebSecurityHeaders.contentSecurityPolicy(connectTo)).build())
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder().override(true)
                                .accessControlMaxAge(Duration.days(365)).includeSubdomains(true).build())
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
                        .referrerPolicy(ResponseHeadersReferrerPolicy.builder().override(true)
                                .referrerPolicy(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN).build())
                        .frameOptions(ResponseHeadersFrameOptions.builder().override(true)
                                .frameOption(HeadersFrameOption.DENY).build())
                        .build())
                .build();
        // viewer logs: CloudFront's standard logging needs ACLs on its bucket (log delivery writes with them)
        Bucket logs = Bucket.Builder.create(this, "AccessLogs").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED).enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(ACCESS_LOG_DAYS)).build()))
                .removalPolicy(RemovalPolicy.RETAIN).build();
        S3OriginAccessControl access = S3OriginAccessControl.Builder.create(this, "OriginAccess")
                .originAccessControlName(Fn.join("", List.of(accountWideName, "oac-", region))).build();
        Distribution.Builder builder = Distribution.Builder.create(this, "Distribution")
                .comment("Leave Tracker web app")
                .webAclId(edge.webAclArn())
                .enableLogging(true).logBucket(logs).logFilePrefix("cloudfront/")
                .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021);
        if (edge.domain() != null) {
            builder.domainNames(List.of(edge.domain())).certificate(Certificate.fromCertificateArn(this,
                    "Certificate", edge.certificateArn()));
        }
        this.distribution = builder
                .defaultRootObject("index.html")
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(site, S3BucketOriginWithOACProps.builder()
                                .originAccessControl(access).build()))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                        .compress(true)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .responseHeadersPolicy(headers)
                        .build())
                // the app's own routes are not files: the bucket answers 403 for them (it lists nothing)
                .errorResponses(List.of(
                        ErrorResponse.builder().httpStatus(403).responseHttpStatus(200)
                                .responsePagePath("/index.html").ttl(Duration.seconds(0)).build(),
                        ErrorResponse.builder().httpStatus(404).responseHttpStatus(200)
                                .responsePagePath("/index.html").ttl(Duration.seconds(0)).build()))
                .build();

        // hashed assets for a year; the pages and the configuration never (a deploy is seen at once)
        BucketDeployment assets = BucketDeployment.Builder.create(this, "Assets").destinationBucket(site)
                .sources(List.of(Source.asset(build)))
                .exclude(List.of("index.html", "graphiql/*")) // GraphiQL is the local runtime's, with its dev sign-in
                .cacheControl(List.of(CacheControl.fromString("public, max-age=31536000, immutable")))
                .prune(false).build();
        BucketDeployment pages = BucketDeployment.Builder.create(this, "Pages").destinationBucket(site)
                .sources(List.of(Source.asset(build), Source.jsonData("config.json", new TreeMap<>(config))))
                .exclude(List.of("*")).include(List.of("index.html", "config.json"))
                .cacheControl(List.of(CacheControl.noCache()))
                .distribution(distribution).distributionPaths(List.of("/index.html", "/config.json"))
                .prune(false).build();
        pages.getNode().addDependency(assets); // no page before the assets it loads
        this.url = "https://" + (edge.domain() != null ? edge.domain() : distribution.getDistributionDomainName());
    }

    public Distribution distribution() {
        return distribution;
    }

    /** https://<the company's domain>, or https://<distribution domain> */
    public String url() {
        return url;
    }
}
