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
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
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
     * @param mfa        whether people may add a one-time-password app as a second factor (context {@code mfa=true})
     * @param samlEmailDomains the company's own e-mail domains, whose addresses its SAML provider vouches for (SAML
     *                   assertions carry no "verified" flag; context {@code samlEmailDomains=acme.com,acme.de})
     */
    public record Config(String domainPrefix, List<String> callbackUrls, Map<String, Map<String, String>> providers,
                         String emailFrom, boolean testClient, boolean mfa, List<String> samlEmailDomains) {
        public Config {
            callbackUrls = callbackUrls.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
            samlEmailDomains = samlEmailDomains.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
            if (providers.containsKey("saml") && samlEmailDomains.isEmpty()) {
                throw new IllegalArgumentException("a SAML provider needs samlEmailDomains: the company's e-mail"
                        + " domains its identity provider vouches for (SAML marks no e-mail as verified)");
            }
        }

        public Config(String domainPrefix, List<String> callbackUrls, Map<String, Map<String, String>> providers) {
            this(domainPrefix, callbackUrls, providers, null, false, false, List.of());
        }

        /** No single sign-on, no callbacks but the web app's own address. */
        public static Config none() {
            return new Config(null, List.of(), Map.of());
        }
    }

    private final Config config;
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
        this.config = config;
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
                // people are bound to their sub (CallerResolver): a deleted pool would lock everyone out
                .deletionProtection(true)
                .mfa(config.mfa() ? Mfa.OPTIONAL : Mfa.OFF)
                .mfaSecondFactor(config.mfa() ? MfaSecondFactor.builder().otp(true).sms(false).build() : null)
                .build();

        List<UserPoolClientIdentityProvider> supported = new ArrayList<>(List.of(UserPoolClientIdentityProvider.COGNITO));
        List<Construct> providers = new ArrayList<>();
        Map<String, String> google = config.providers().get("google");
        if (google != null) {
            providers.add(UserPoolIdentityProviderGoogle.Builder.create(this, "Google").userPool(pool)
                    .clientId(google.get("clientId"))
                    .clientSecretValue(SecretValue.secretsManager(google.get("clientSecretName")))
                    .scopes(List.of("openid", "email", "profile"))
                    // Google says whether it verified the address; without the mapping Cognito marks it unverified
                    .attributeMapping(AttributeMapping.builder().email(ProviderAttribute.GOOGLE_EMAIL)
                            .emailVerified(ProviderAttribute.GOOGLE_EMAIL_VERIFIED)
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
                            .emailVerified(ProviderAttribute.other("email_verified"))
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
                    .authFlows(AuthFlow.builder().adminUserPassword(true).build()).disableOAuth(true).build());
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

    /**
     * Tells the resolver which e-mails the SAML provider vouches for (FederatedEmailTrust decides with them): SAML
     * assertions carry no "verified" flag, so without this no one signing in through SAML could ever be bound.
     */
    void trustedBy(JavaFunction resolver) {
        Map<String, String> saml = config.providers().get("saml");
        if (saml != null) {
            resolver.function().addEnvironment("SAML_PROVIDER", saml.get("name"));
            resolver.function().addEnvironment("SAML_EMAIL_DOMAINS", String.join(",", config.samlEmailDomains()));
        }
    }

    /**
     * The provider the sign-in page offers by name ("Sign in with …", Cognito's identity_provider hint): the company's
     * SAML provider, else its OIDC one, else Google; empty when people sign in with the user pool's own accounts only.
     */
    public java.util.Optional<String> companyProvider() {
        for (String kind : List.of("saml", "oidc")) {
            Map<String, String> provider = config.providers().get(kind);
            if (provider != null) {
                return java.util.Optional.of(provider.get("name"));
            }
        }
        return config.providers().containsKey("google") ? java.util.Optional.of("Google") : java.util.Optional.empty();
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
