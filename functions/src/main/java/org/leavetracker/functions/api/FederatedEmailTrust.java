package org.leavetracker.functions.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether a Cognito ID token's e-mail may say who the caller is: the one place that decides it. Cognito's own users
 * and the Google and OIDC providers bring {@code email_verified} (the stack maps it from the provider's claim). SAML
 * assertions carry no such flag, so an e-mail that came through the company's SAML provider is trusted when its
 * domain is one of the company's own ({@code samlEmailDomains}, context of the stack): the company's identity
 * provider is the authority for its own addresses, and for nobody else's.
 *
 * @param samlProvider the SAML provider's name in the user pool (as the {@code identities} claim names it), or null
 * @param samlDomains  lower-case e-mail domains the SAML provider vouches for
 */
public record FederatedEmailTrust(String samlProvider, Set<String> samlDomains) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FederatedEmailTrust {
        samlDomains = samlDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Only Cognito's own verification counts (the local runtime, tests, a pool without SAML). */
    public static FederatedEmailTrust none() {
        return new FederatedEmailTrust(null, Set.of());
    }

    /** In a Lambda: SAML_PROVIDER and SAML_EMAIL_DOMAINS (comma-separated), set by the stack. */
    public static FederatedEmailTrust fromEnvironment() {
        String domains = System.getenv("SAML_EMAIL_DOMAINS");
        return new FederatedEmailTrust(System.getenv("SAML_PROVIDER"),
                domains == null ? Set.of() : Set.of(domains.split(",")));
    }

    /** Whether these ID token claims carry an e-mail this deployment may bind a person by. */
    public boolean verified(Map<String, Object> claims) {
        if ("true".equals(String.valueOf(claims.get("email_verified")))) {
            return true;
        }
        Object email = claims.get("email");
        if (samlProvider == null || !(email instanceof String address) || address.indexOf('@') < 0) {
            return false;
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return samlDomains.contains(domain) && identities(claims.get("identities")).stream()
                .anyMatch(i -> "SAML".equals(i.get("providerType")) && samlProvider.equals(i.get("providerName")));
    }

    /** The {@code identities} claim: a list of objects, or that list as JSON text where a path stringifies it. */
    private static List<Map<String, Object>> identities(Object claim) {
        if (claim instanceof List<?> list) {
            return list.stream().filter(Map.class::isInstance).map(FederatedEmailTrust::asMap).toList();
        }
        if (claim instanceof String text && text.strip().startsWith("[")) {
            try {
                return JSON.readValue(text, new TypeReference<>() {
                });
            } catch (IOException e) {
                return List.of();
            }
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
