package org.leavetracker.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AttributeMapping;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.ProviderAttribute;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.KeepOriginalAttrs;
import software.amazon.awscdk.services.cognito.UserPoolEmail;
import software.amazon.awscdk.services.cognito.UserPoolSESOptions;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.cognito.UserPoolIdentityProviderGoogle;
import software.amazon.awscdk.services.cognito.UserPoolIdentityProviderOidc;
import software.amazon.awscdk.services.cognito.UserPoolIdentityProviderSaml;
import software.amazon.awscdk.services.cognito.UserPoolIdentityProviderSamlMetadata;
import software.constructs.Construct;

/**
 * Who can sign in: a Cognito user pool (e-mail sign-in, no self sign-up, strong passwords), an app client, a hosted
 * sign-in domain when a prefix is given, and single sign-on providers when configured — none is required.
 *
 * <p>Providers come from the {@code identityProviders} context value, e.g.
 * {@code {"google": {"clientId": "…", "clientSecretName": "secret-in-secrets-manager"},
 * "oidc": {"name": "Okta", "clientId": "…", "clientSecretName": "…", "issuerUrl": "https://…"},
 * "saml": {"name": "EntraID", "metadataUrl": "https://…"}}}. Secrets stay in Secrets Manager and reach
 * CloudFormation as dynamic references, never as text in the template.
 */
public final class SignIn extends Construct {

    private static final String SAML_EMAIL = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";

    /**
     * The sign-in options of one deployment.
     *
     * @param emailFrom  an SES-verified sender for Cognito's own mails (invitations, codes); without it Cognito's
     *                   default sender, limited to a few mails a day
     * @param testClient an extra app client allowing ADMIN_USER_PASSWORD_AUTH, for the end-to-end tests against a
     *                   deployed stack only (context {@code testClient=true})
     */
    public record Config(String domainPrefix, List<String> callbackUrls, Map<String, Map<String, String>> providers,
                         String emailFrom, boolean testClient) {
        public Config(String domainPrefix, List<String> callbackUrls, Map<String, Map<String, String>> providers) {
            this(domainPrefix, callbackUrls, providers, null, false);
        }

        public static Config none() {
            return new Config(null, List.of("http://localhost:3000/"), Map.of());
        }
    }

    private final UserPool pool;
    private final UserPoolClient client;
    private final UserPoolClient testClient;
    private final String signInDomain;

    /**
     * @param webUrl the web app's address (https://…/): the app client's first callback and sign-out URL, beside
     *               those the context adds
     */
    public SignIn(Construct scope, String id, String namePrefix, String webUrl, Config config) {
        super(scope, id);
        this.pool = UserPool.Builder.create(this, "Users").userPoolName(namePrefix + "users")
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                // a changed e-mail takes effect only once verified; the resolver binds callers by sub anyway
                .keepOriginal(KeepOriginalAttrs.builder().email(true).build())
                .email(config.emailFrom() == null ? UserPoolEmail.withCognito() : UserPoolEmail.withSES(
                        UserPoolSESOptions.builder().fromEmail(config.emailFrom()).fromName("Leave Tracker")
                                .sesVerifiedDomain(config.emailFrom().substring(config.emailFrom().indexOf('@') + 1))
                                .sesRegion(Stack.of(scope).getRegion()) // the stack's: where mailFrom is verified
                                .build()))
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .passwordPolicy(PasswordPolicy.builder().minLength(12).requireDigits(true).requireLowercase(true)
                        .requireUppercase(true).requireSymbols(true).tempPasswordValidity(Duration.days(3)).build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        List<UserPoolClientIdentityProvider> supported = new ArrayList<>(List.of(UserPoolClientIdentityProvider.COGNITO));
        List<Construct> providers = new ArrayList<>();
        Map<String, String> google = config.providers().get("google");
        if (google != null) {
            providers.add(UserPoolIdentityProviderGoogle.Builder.create(this, "Google").userPool(pool)
                    .clientId(google.get("clientId"))
                    .clientSecretValue(SecretValue.secretsManager(google.get("clientSecretName")))
                    .scopes(List.of("openid", "email", "profile"))
                    .attributeMapping(AttributeMapping.builder().email(ProviderAttribute.GOOGLE_EMAIL)
                            .fullname(ProviderAttribute.GOOGLE_NAME).build())
                    .build());
            supported.add(UserPoolClientIdentityProvider.GOOGLE);
        }
        Map<String, String> oidc = config.providers().get("oidc");
        if (oidc != null) {
            providers.add(UserPoolIdentityProviderOidc.Builder.create(this, "Oidc").userPool(pool)
                    .name(oidc.get("name")).clientId(oidc.get("clientId"))
                    .clientSecret(SecretValue.secretsManager(oidc.get("clientSecretName")).unsafeUnwrap())
                    .issuerUrl(oidc.get("issuerUrl")).scopes(List.of("openid", "email", "profile"))
                    .attributeMapping(AttributeMapping.builder().email(ProviderAttribute.other("email"))
                            .fullname(ProviderAttribute.other("name")).build())
                    .build());
            supported.add(UserPoolClientIdentityProvider.custom(oidc.get("name")));
        }
        Map<String, String> saml = config.providers().get("saml");
        if (saml != null) {
            providers.add(UserPoolIdentityProviderSaml.Builder.create(this, "Saml").userPool(pool)
                    .name(saml.get("name")).metadata(UserPoolIdentityProviderSamlMetadata.url(saml.get("metadataUrl")))
                    .attributeMapping(AttributeMapping.builder().email(ProviderAttribute.other(SAML_EMAIL)).build())
                    .build());
            supported.add(UserPoolClientIdentityProvider.custom(saml.get("name")));
        }

        List<String> callbacks = new ArrayList<>(List.of(webUrl));
        callbacks.addAll(config.callbackUrls());
        // the web app's client: authorization code with PKCE (Amplify sends the challenge), no secret in a browser
        this.client = pool.addClient("WebClient", UserPoolClientOptions.builder()
                .generateSecret(false)
                .supportedIdentityProviders(supported)
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(callbacks).logoutUrls(callbacks)
                        .build())
                .build());
        providers.forEach(provider -> client.getNode().addDependency(provider));
        if (config.testClient()) {
            // end-to-end tests sign test users in with a password (admin-initiate-auth); never the web app's client
            this.testClient = pool.addClient("TestClient", UserPoolClientOptions.builder().generateSecret(false)
                    .authFlows(AuthFlow.builder().adminUserPassword(true).build()).build());
        } else {
            this.testClient = null;
        }
        // the managed sign-in pages live on a domain: the one given, else the prefix and the account (unique)
        String domainPrefix = config.domainPrefix() != null && !config.domainPrefix().isBlank()
                ? config.domainPrefix() : Fn.join("", List.of(namePrefix, Aws.ACCOUNT_ID));
        pool.addDomain("Domain", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder().domainPrefix(domainPrefix).build()).build());
        this.signInDomain = Fn.join("", List.of(domainPrefix, ".auth.", Aws.REGION, ".amazoncognito.com"));
    }

    /** The host of the managed sign-in pages. */
    public String signInDomain() {
        return signInDomain;
    }

    /** The end-to-end tests' client, or null when the deployment has none. */
    public UserPoolClient testClient() {
        return testClient;
    }

    public UserPool pool() {
        return pool;
    }

    public UserPoolClient client() {
        return client;
    }
}
