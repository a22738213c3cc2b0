package org.leavetracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

/**
 * How the local runtime serves the web app: the app at / (its routes falling back to index.html), hashed assets
 * cached for good and compressed, config.json, GraphiQL at /graphiql with its own assets, and all of it over HTTPS
 * on the same port with the certificate the runtime made, as over HTTP.
 */
class WebAppServingIT extends AgainstTarget {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_app_its_assets_its_configuration_and_graphiql_are_served() throws Exception {
        HttpResponse<String> index = get(HTTP, target.baseUrl + "/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(index.headers().firstValue("cache-control")).hasValue("no-cache");
        assertThat(index.body()).contains("<div id=\"app\">").doesNotContain("https://");
        assertThat(get(HTTP, target.baseUrl + "/request").body()).as("a route of the app").isEqualTo(index.body());
        // the deployed app's security headers (WebSecurityHeaders), HSTS excepted on localhost
        assertThat(index.headers().firstValue("content-security-policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(index.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(index.headers().firstValue("referrer-policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(index.headers().firstValue("strict-transport-security")).isEmpty();

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index.body());
        assertThat(script.find()).isTrue();
        HttpResponse<byte[]> asset = HTTP.send(HttpRequest.newBuilder(URI.create(target.baseUrl + script.group(1)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(asset.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
        assertThat(asset.headers().firstValue("content-encoding")).hasValue("gzip");

        assertThat(get(HTTP, target.baseUrl + "/config.json").body()).contains("\"graphqlUrl\":\"/graphql\"");
        HttpResponse<String> graphiql = get(HTTP, target.baseUrl + "/graphiql");
        assertThat(graphiql.body()).contains("/graphiql/graphiql.min.js").doesNotContain("unpkg.com");
        assertThat(get(HTTP, target.baseUrl + "/graphiql/graphiql.min.js").statusCode()).isEqualTo(200);
        assertThat(get(HTTP, target.baseUrl + "/assets/missing.js").statusCode()).isEqualTo(404);
        HttpResponse<String> escape = get(HTTP, target.baseUrl + "/../pom.xml");
        assertThat(escape.statusCode()).as("nothing outside the app's files").isIn(400, 404);
        assertThat(escape.body()).doesNotContain("<project");
    }

    @Test
    void https_answers_on_the_same_port_with_the_runtime_s_certificate() throws Exception {
        assumeTrue(target.isLocal(), "the certificate is the local runtime's");
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(target.runtime().certificatePem())) {
            trusted.setCertificateEntry("local", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient https = HttpClient.newBuilder().sslContext(tls).build();
        String base = target.baseUrl.replaceFirst("^http:", "https:");

        assertThat(get(https, base + "/").body()).contains("<div id=\"app\">");
        HttpResponse<String> graphql = https.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Authorization", api.signIn("tls." + System.nanoTime() + "@tls.test").token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ me { id } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(graphql.body()).isEqualTo("{\"data\":{\"me\":null}}");
        assertThat(get(HTTP, target.baseUrl + "/config.json").statusCode()).as("plain HTTP still answers").isEqualTo(200);
    }
}
