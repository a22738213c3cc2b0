package org.leavetracker.adapters.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavetracker.adapters.dynamodb.DynamoDbEventStore;
import org.leavetracker.adapters.dynamodb.DynamoDbReadModel;
import org.leavetracker.adapters.dynamodb.EventItems;
import org.leavetracker.adapters.dynamodb.Snapshots;
import org.leavetracker.adapters.holiday.JollydayHolidayCalendar;
import org.leavetracker.adapters.json.EventJson;
import org.leavetracker.domain.event.EventMetadata;
import org.leavetracker.domain.event.RecordedEvent;
import org.leavetracker.domain.model.Email;
import org.leavetracker.domain.port.EventStore;
import org.leavetracker.domain.read.projection.ReadModelProjector;
import org.leavetracker.domain.testing.MutableClock;
import org.leavetracker.domain.testing.SequentialIds;
import org.leavetracker.domain.write.Caller;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.domain.write.Repository;
import org.leavetracker.domain.write.employee.EmployeeAdministration;
import org.leavetracker.domain.write.employee.Identity;
import org.leavetracker.domain.write.leave.LeaveWorkflow;
import org.leavetracker.domain.write.organization.DecidersSetup;
import org.leavetracker.domain.write.organization.OrganizationSetup;

/** The use cases on the real adapters over DynamoDB Local, recording what they append so tests can project it. */
public final class DynamoApp {

    public final LocalDynamo dynamo = LocalDynamo.shared();
    public final String prefix = dynamo.freshTables();
    public final EventJson json = new EventJson();
    public final DynamoDbEventStore dynamoStore = new DynamoDbEventStore(dynamo.client(), prefix,
            new EventItems(json), new Snapshots(dynamo.client(), prefix, json, 100));
    public final List<RecordedEvent> appended = new ArrayList<>();
    public final MutableClock clock = new MutableClock(LocalDate.of(2026, 6, 15));
    public final JollydayHolidayCalendar holidays = new JollydayHolidayCalendar();
    public final Repository repository = new Repository(new Recording(), clock, new SequentialIds());
    public final OrganizationSetup setup = new OrganizationSetup(repository, holidays, CommandRetry.standard());
    public final DecidersSetup deciders = new DecidersSetup(repository, CommandRetry.standard());
    public final EmployeeAdministration administration = new EmployeeAdministration(repository, holidays,
            CommandRetry.standard());
    public final LeaveWorkflow workflow = new LeaveWorkflow(repository, holidays, CommandRetry.standard());
    public final DynamoDbReadModel readModel = new DynamoDbReadModel(dynamo.client(), prefix);
    public final ReadModelProjector projector = new ReadModelProjector(repository, readModel, readModel, holidays);

    public Caller newOrganization(String name, String adminEmail) {
        setup.createOrganization(new Identity("sub-" + adminEmail, Email.of(adminEmail), "Admin"), name, null);
        return new Caller(dynamoStore.ownerOf("email#" + adminEmail).orElseThrow(), null);
    }

    /** Projects every event appended so far, in order, as the pipeline would. */
    public void projectAll() {
        List<RecordedEvent> events;
        synchronized (appended) {
            events = List.copyOf(appended);
        }
        events.forEach(projector::project);
    }

    private final class Recording implements EventStore {
        @Override
        public List<RecordedEvent> load(String aggregateId) {
            return dynamoStore.load(aggregateId);
        }

        @Override
        public List<RecordedEvent> append(EventMetadata metadata, List<StreamAppend> streams, List<UniqueKey> keys) {
            List<RecordedEvent> recorded = dynamoStore.append(metadata, streams, keys);
            synchronized (appended) {
                appended.addAll(recorded);
            }
            return recorded;
        }

        @Override
        public Optional<String> ownerOf(String uniqueKey) {
            return dynamoStore.ownerOf(uniqueKey);
        }

        @Override
        public java.util.Map<String, Long> lastWrittenBy(String actorId) {
            return dynamoStore.lastWrittenBy(actorId);
        }
    }
}
