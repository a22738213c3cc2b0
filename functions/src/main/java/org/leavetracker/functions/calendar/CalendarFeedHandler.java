package org.leavetracker.functions.calendar;

import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.leavetracker.adapters.calendar.ICalendarWriter;
import org.leavetracker.domain.calendar.CalendarFeeds;
import org.leavetracker.domain.calendar.Feed;
import org.leavetracker.domain.calendar.FeedAddress;
import org.leavetracker.domain.port.Clock;
import org.leavetracker.domain.write.CommandRetry;
import org.leavetracker.functions.support.ColdStart;
import org.leavetracker.functions.support.Ports;

/**
 * The calendar feeds behind a Lambda Function URL (payload format 2.0): {@code GET /calendar/user/<token>.ics}
 * and {@code GET /calendar/team/<token>.ics}. Any token that is not the user's current one, of any shape, answers
 * the same 404, so an address reveals nothing about why it does not work.
 */
public final class CalendarFeedHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final ColdStart<CalendarFeedHandler> WIRED = new ColdStart<>(() -> {
        Ports ports = Ports.fromEnvironment();
        return new CalendarFeedHandler(new CalendarFeeds(ports.repository(), ports.readModel(), ports.clock(),
                CommandRetry.standard()), ports.clock());
    });

    private final CalendarFeeds feeds;
    private final Clock clock;
    private final ICalendarWriter writer = new ICalendarWriter();

    /** What Lambda instantiates: wiring once per cold start. */
    public CalendarFeedHandler() {
        this(WIRED.get().feeds, WIRED.get().clock);
    }

    public CalendarFeedHandler(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String method = event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? "GET"
                : event.getRequestContext().getHttp().getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return answer(405, "text/plain; charset=utf-8", "calendar feeds are read with GET");
        }
        Optional<Feed> feed = FeedAddress.parse(event.getRawPath()).flatMap(address ->
                address.kind() == FeedAddress.Kind.USER ? feeds.userFeed(address.token())
                        : feeds.teamFeed(address.token()));
        return feed.map(f -> answer(200, ICalendarWriter.CONTENT_TYPE, writer.write(f, clock.now())))
                .orElseGet(() -> answer(404, "text/plain; charset=utf-8", "no such calendar"));
    }

    private static APIGatewayV2HTTPResponse answer(int status, String contentType, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("content-type", contentType, "cache-control", "private, max-age=300"))
                .withBody(body).build();
    }
}
