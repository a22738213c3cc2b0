package org.leavetracker.functions.api;

import java.util.Map;
import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.calendar.CalendarFeeds;
import org.leavetracker.domain.calendar.FeedAddress;
import org.leavetracker.domain.error.ValidationError;
import org.leavetracker.domain.provisioning.ProvisioningSettings;
import org.leavetracker.domain.read.LeaveReports;
import org.leavetracker.domain.read.PersonalDataExports;
import org.leavetracker.domain.read.model.Page;
import org.leavetracker.domain.upload.UploadKind;
import org.leavetracker.domain.upload.Uploads;
import org.leavetracker.domain.webhook.WebhookEvents;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.organization.CalendarAdministration;
import org.leavetracker.domain.write.organization.ProvisioningSetup;
import org.leavetracker.domain.write.organization.WebhookAdministration;
import org.leavetracker.functions.support.Application;

/**
 * The API's fields of one capability. What connects to other systems: webhooks, SCIM provisioning, calendar feeds,
 * uploads and the CSV report.
 */
final class IntegrationFields {

    private IntegrationFields() {
    }

    private static CalendarAdministration calendars(Application app) {
        return app.calendars.orElseThrow(() -> new ValidationError(
                "calendars are not enabled in this deployment (no secret store for their credentials)"));
    }

    static void register(FieldRegistry fields, FieldSupport support) {
        Application app = support.app();
        GraphQlShapes shapes = support.shapes();
        fields.add("Mutation.registerWebhook", (a, r) -> {
            WebhookAdministration.Registration made = support.webhooks().register(r.caller(), a.required("url"),
                    a.ids("eventTypes"));
            return Map.of("webhook", shapes.webhook(made.webhook()), "secret", made.secret());
        });
        fields.add("Mutation.removeWebhook", (a, r) -> shapes.webhook(support.webhooks().remove(r.caller(),
                a.required("webhookId"))));
        fields.add("Mutation.createScimToken", (a, r) -> {
            ProvisioningSetup.IssuedScimToken issued = app.provisioning.createScimToken(r.caller(), a.required("label"));
            return Map.of("token", shapes.scimToken(issued.token()), "secret", issued.credential());
        });
        fields.add("Mutation.revokeScimToken", (a, r) -> shapes.scimToken(app.provisioning.revokeScimToken(r.caller(),
                a.required("tokenId"))));
        fields.add("Mutation.setProvisioningSettings", (a, r) -> shapes.provisioningSettings(
                app.provisioning.setProvisioningSettings(r.caller(), new ProvisioningSettings(a.string("defaultLocationId"),
                        a.string("locationAttribute"), a.string("startDateAttribute"), a.bool("createsTeams"))),
                support.addresses().scim().get()));
        fields.add("Query.scimTokens", (a, r) -> shapes.all(app.provisioning.scimTokens(r.caller()), shapes::scimToken));
        fields.add("Query.provisioningSettings", (a, r) -> shapes.provisioningSettings(
                app.provisioning.provisioningSettings(r.caller()), support.addresses().scim().get()));
        fields.add("Mutation.rotateCalendarToken", (a, r) -> {
            String base = support.addresses().calendarFeedBase().get();
            if (base == null || base.isBlank()) {
                throw new ValidationError("calendar feeds are not configured in this deployment");
            }
            CalendarFeeds.Issued issued = app.calendarFeeds.rotate(r.caller());
            return shapes.calendarFeeds(new FeedAddress(FeedAddress.Kind.USER, issued.token().value()).under(base),
                    new FeedAddress(FeedAddress.Kind.TEAM, issued.token().value()).under(base), issued.issuedAt());
        });
        fields.add("Mutation.createUploadUrl", (a, r) -> {
            Caller caller = r.caller();
            Uploads uploads = app.uploads.orElseThrow(() -> new ValidationError(
                    "uploads are not enabled in this deployment (no upload bucket is configured)"));
            return shapes.uploadUrl(uploads.createUploadUrl(caller, a.enumeration("kind", UploadKind.class),
                    a.required("contentType"), a.requiredInteger("contentLength")));
        });
        fields.add("Mutation.exportPersonalData", (a, r) -> {
            PersonalDataExports exports = app.personalData.orElseThrow(() -> new ValidationError(
                    "exports are not enabled in this deployment (no bucket is configured)"));
            PersonalDataExports.Export export = exports.export(r.caller(), a.string("userId"));
            return Map.of("url", export.url(), "expiresAt", export.expiresAt().toString(), "eventCount",
                    export.eventCount(), "requestCount", export.requestCount());
        });
        fields.add("Mutation.erasePersonalData", (a, r) -> shapes.user(app.erasure.erase(r.caller(),
                a.required("userId"))));
        fields.add("Mutation.setRetention", (a, r) -> shapes.organization(app.setup.setRetention(r.caller(),
                a.integer("retentionYears"))));
        fields.add("Mutation.exportLeaveReport", (a, r) -> {
            Caller caller = r.caller();
            LeaveReports reports = app.reports.orElseThrow(() -> new ValidationError(
                    "reports are not enabled in this deployment (no bucket is configured)"));
            return shapes.reportExport(reports.export(caller, a.requiredDate("from"), a.requiredDate("to"),
                    a.string("locationId"), a.string("teamId")));
        });
        fields.add("Mutation.connectCalendarProvider", (a, r) -> shapes.calendarConnection(calendars(app).connect(
                r.caller(), a.required("provider"), a.required("credentials"), a.string("replyTemplate"))));
        fields.add("Mutation.testCalendarConnection", (a, r) -> {
            CalendarAdministration.ConnectionTest test = calendars(app).test(r.caller());
            return Map.of("mailbox", test.mailbox(), "ok", test.ok(), "problems", test.problems());
        });
        fields.add("Mutation.disconnectCalendarProvider", (a, r) -> {
            calendars(app).disconnect(r.caller());
            return true;
        });
        fields.add("Query.calendarConnection", (a, r) -> calendars(app).connection(r.caller())
                .map(shapes::calendarConnection).orElse(null));
        fields.add("Query.calendarDeliveries", (a, r) -> shapes.all(calendars(app).deliveries(r.caller()),
                shapes::calendarDelivery));
        fields.add("Query.webhookEventTypes", (a, r) -> {
            r.caller();
            return WebhookEvents.PUBLISHED;
        });
        fields.add("Query.webhooks", (a, r) -> shapes.all(support.webhooks().webhooks(r.caller()), shapes::webhook));
        fields.add("Query.webhookDeliveries", (a, r) -> shapes.all(support.webhooks().deliveries(r.caller(),
                a.required("webhookId")), shapes::webhookDelivery));
        fields.add("Query.webhookDeliveriesPage", (a, r) -> support.paged(r, a, "webhookDeliveries|"
                + a.string("webhookId"), after -> Page.of(support.webhooks().deliveries(r.caller(), a.required("webhookId")),
                d -> String.format("%019d", Long.MAX_VALUE - d.at().toEpochMilli()) + "#" + d.eventId() + "#"
                        + String.format("%05d", d.attempt()), FieldSupport.limit(a), after), shapes::webhookDelivery));
    }
}
