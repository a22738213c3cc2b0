package org.leavetracker.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leavetracker.domain.notification.Notification;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ses.SesClient;

/** The SES request a notification becomes, recorded by an in-process HTTP endpoint standing in for SES. */
class SesMailerTest {

    private final List<Map<String, String>> requests = new ArrayList<>();
    private HttpServer ses;

    @AfterEach
    void stop() {
        ses.stop(0);
    }

    @Test
    void sends_plain_text_from_the_configured_sender_to_the_one_recipient() throws Exception {
        ses = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ses.createContext("/", exchange -> {
            requests.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer = ("<SendEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><SendEmailResult>"
                    + "<MessageId>m-1</MessageId></SendEmailResult><ResponseMetadata><RequestId>r-1</RequestId>"
                    + "</ResponseMetadata></SendEmailResponse>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "text/xml");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        ses.start();
        SesClient client = SesClient.builder().region(Region.EU_WEST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + ses.getAddress().getPort()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("id", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();

        new SesMailer(client, "leave@acme.test").send(new Notification("boss@acme.test", "Leave request from ann",
                "ann asks for Vacation 2026-07-06.\nReason: Family trip — ünïcode", "u-1.abc/7"));

        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("Action", "SendEmail")
                    .containsEntry("Source", "leave@acme.test")
                    .containsEntry("Destination.ToAddresses.member.1", "boss@acme.test")
                    .doesNotContainKey("Destination.ToAddresses.member.2")
                    .containsEntry("Message.Subject.Data", "Leave request from ann")
                    .containsEntry("Message.Body.Text.Data",
                            "ann asks for Vacation 2026-07-06.\nReason: Family trip — ünïcode")
                    .containsEntry("Message.Body.Text.Charset", "UTF-8")
                    .containsEntry("Tags.member.1.Name", "event")
                    .containsEntry("Tags.member.1.Value", "u-1_abc_7");
        });
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
