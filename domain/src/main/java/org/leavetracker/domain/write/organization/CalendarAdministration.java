package org.leavetracker.domain.write.organization;

import java.util.List;
import java.util.Optional;

import org.leavetracker.domain.calendar.CalendarConnection;
import org.leavetracker.domain.calendar.CalendarDelivery;
import org.leavetracker.domain.calendar.CalendarProviderKind;
import org.leavetracker.domain.error.InvalidStateTransition;
import org.leavetracker.domain.port.CalendarCheck;
import org.leavetracker.domain.port.CalendarCredentials;
import org.leavetracker.domain.port.CalendarDeliveryLog;
import org.leavetracker.domain.write.AccessPolicy;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.Employee;

/**
 * SPEC §8 calendars and out-of-office, as admins manage them: connect Google Workspace or Microsoft 365 once, test
 * the connection, read the delivery log, disconnect.
 */
public final class CalendarAdministration {

    /** The delivery log shows this many most recent attempts. */
    static final int DELIVERIES_SHOWN = 100;

    private final Repository repository;
    private final CommandRetry retry;
    private final CalendarCredentials credentials;
    private final CalendarCheck check;
    private final CalendarDeliveryLog log;

    public CalendarAdministration(Repository repository, CommandRetry retry, CalendarCredentials credentials,
                                  CalendarCheck check, CalendarDeliveryLog log) {
        this.repository = repository;
        this.retry = retry;
        this.credentials = credentials;
        this.check = check;
        this.log = log;
    }

    /** What a test of the connection found, in the admin's own mailbox. */
    public record ConnectionTest(String mailbox, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Keeps the credentials (a Google service account key, or a Microsoft app registration's tenant, client id and
     * secret) in the secret store and starts delivering from the next approval on.
     */
    public CalendarConnection connect(Caller caller, String provider, String secret, String replyTemplate) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        CalendarProviderKind kind = CalendarProviderKind.of(provider);
        credentials.store(admin.orgId(), kind, secret);
        return SettingsChange.apply(repository, retry, caller, org -> org.calendar().connect(org.id(), kind,
                replyTemplate), (org, id) -> org.calendar().connection().orElseThrow());
    }

    /** Asks the provider, as the admin's own mailbox, for everything the deliveries need. */
    public ConnectionTest test(Caller caller) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        CalendarConnection connection = repository.organization(admin.orgId()).calendar().connection()
                .orElseThrow(() -> new InvalidStateTransition("no calendar provider is connected"));
        String mailbox = admin.email().value();
        return new ConnectionTest(mailbox, check.problems(admin.orgId(), connection.provider(), mailbox));
    }

    /** Nothing more is delivered; the credentials are deleted. Events already in calendars stay. */
    public void disconnect(Caller caller) {
        SettingsChange.apply(repository, retry, caller, org -> org.calendar().disconnect(org.id()), (o, id) -> null);
        credentials.forget(repository.actor(caller).orgId());
    }

    public Optional<CalendarConnection> connection(Caller caller) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        return repository.organization(admin.orgId()).calendar().connection();
    }

    /** Newest first. */
    public List<CalendarDelivery> deliveries(Caller caller) {
        Employee admin = repository.actor(caller);
        AccessPolicy.requireAdmin(admin);
        return log.deliveries(admin.orgId(), DELIVERIES_SHOWN);
    }
}
