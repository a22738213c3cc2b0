package org.leavetracker.functions.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.bus.EventDetails;
import org.leavetracker.domain.model.DateRange;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;
import org.leavetracker.domain.read.RequestScope;

/**
 * An organization-wide change's people, in pieces of at most {@link #PIECE} on the bus: each piece is a rule target
 * invocation of its own (`read-model-fan-out`), so the pieces run in parallel in the cloud, each with the retries,
 * dead-letter queue and alarm of any event, and no invocation re-projects more than a piece (decision 0023).
 */
public final class PeopleFanOut {

    /** The bus detail-type of a piece. */
    public static final String DETAIL_TYPE = "PeopleToReproject";
    /** People a piece re-projects: about a second of work, far from a Lambda's limits. */
    public static final int PIECE = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventBus bus;

    public PeopleFanOut(EventBus bus) {
        this.bus = bus;
    }

    /**
     * A piece's content.
     *
     * @param requests which of their requests to rewrite; absent in pieces sent before scopes existed: all of them
     */
    public record Piece(String orgId, List<String> userIds, String cause, Requests requests) {

        public RequestScope scope() {
            return requests == null ? RequestScope.ALL : requests.scope();
        }
    }

    /**
     * A {@link RequestScope} as JSON carries it: ranges as "from/to" ISO dates; {@code balancesFrom} absent in pieces
     * from before it existed (every year's balances).
     */
    public record Requests(boolean all, boolean pending, List<String> dates, String balancesFrom) {

        static Requests of(RequestScope scope) {
            return new Requests(scope.all(), scope.pending(),
                    scope.dates().stream().map(range -> range.start() + "/" + range.end()).toList(),
                    scope.balancesFrom() == null ? null : scope.balancesFrom().toString());
        }

        RequestScope scope() {
            return new RequestScope(all, pending, dates == null ? List.of() : dates.stream().map(range -> {
                String[] bounds = range.split("/");
                return new DateRange(LocalDate.parse(bounds[0]), LocalDate.parse(bounds[1]));
            }).toList(), balancesFrom == null ? null : LocalDate.parse(balancesFrom));
        }
    }

    /** Puts every piece on the bus; throws when one was refused, so the bus retries the change that caused them. */
    public void send(String orgId, List<String> userIds, RequestScope scope, String cause) {
        List<BusEntry> entries = new ArrayList<>();
        for (int from = 0; from < userIds.size(); from += PIECE) {
            entries.add(entry(new Piece(orgId, userIds.subList(from, Math.min(from + PIECE, userIds.size())), cause,
                    Requests.of(scope))));
        }
        for (int from = 0; from < entries.size(); from += EventBus.MAX_ENTRIES) {
            List<String> refused = bus.put(entries.subList(from, Math.min(from + EventBus.MAX_ENTRIES, entries.size())));
            if (refused.stream().anyMatch(error -> error != null)) {
                throw new IllegalStateException("the bus refused pieces of " + cause + ": " + refused);
            }
        }
    }

    static Piece read(String detail) {
        try {
            return JSON.readValue(detail, Piece.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a piece of people to re-project: " + detail, e);
        }
    }

    private static BusEntry entry(Piece piece) {
        try {
            return new BusEntry(EventDetails.SOURCE, DETAIL_TYPE, JSON.writeValueAsString(Map.of("orgId", piece.orgId(),
                    "userIds", piece.userIds(), "cause", piece.cause(), "requests", piece.requests())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
