package org.leavetracker.domain.write.organization;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.leavetracker.domain.port.DeliveryLog;
import org.leavetracker.domain.port.EndpointPolicy;
import org.leavetracker.domain.port.WebhookSecrets;
import org.leavetracker.domain.webhook.Webhook;
import org.leavetracker.domain.webhook.WebhookDelivery;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;

/** SPEC §3.7 outgoing webhooks, as admins manage them: register, list, remove, and read the delivery log. */
public final class WebhookAdministration {

    /** The delivery log shows this many most recent attempts. */
    static final int DELIVERIES_SHOWN = 100;

    private final Repository repository;
    private final CommandRetry retry;
    private final EndpointPolicy endpoints;
    private final WebhookSecrets secrets;
    private final DeliveryLog log;

    public WebhookAdministration(Repository repository, CommandRetry retry, EndpointPolicy endpoints,
                                 WebhookSecrets secrets, DeliveryLog log) {
        this.repository = repository;
        this.retry = retry;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.log = log;
    }

    /** The endpoint and its signing secret, which is shown here once. */
    public record Registration(Webhook webhook, String secret) {
    }

    public Registration register(Caller caller, String url, List<String> eventTypes) {
        AccessPolicy.requireAdmin(repository.actor(caller));
        URI checked = endpoints.check(url);
        Webhook webhook = SettingsChange.apply(repository, retry, caller,
                org -> org.webhooks().register(repository.newId(), checked, eventTypes), (o, id) -> o.webhooks()
                        .get(id));
        return new Registration(webhook, secrets.secretFor(webhook.id()));
    }

    /** Deliveries stop at once, and its delivery log is no longer shown. */
    public Webhook remove(Caller caller, String webhookId) {
        AtomicReference<Webhook> removed = new AtomicReference<>();
        SettingsChange.apply(repository, retry, caller, org -> {
            removed.set(org.webhooks().get(webhookId));
            return org.webhooks().remove(webhookId);
        }, (org, id) -> removed.get());
        return removed.get();
    }

    public List<Webhook> webhooks(Caller caller) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        return List.copyOf(repository.organization(admin.orgId()).webhooks().all());
    }

    /** Newest first; another organization's webhook (or a removed one) is NOT_FOUND. */
    public List<WebhookDelivery> deliveries(Caller caller, String webhookId) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        repository.organization(admin.orgId()).webhooks().get(webhookId);
        return log.deliveries(webhookId, DELIVERIES_SHOWN);
    }
}
