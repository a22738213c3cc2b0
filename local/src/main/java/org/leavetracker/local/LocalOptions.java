package org.leavetracker.local;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.leavetracker.adapters.calendar.CalendarEndpoints;
import org.leavetracker.functions.slack.SlackSettings;

/**
 * The local runtime's flags: {@code --port} (4000), {@code --data-dir} (./.leave-tracker), {@code --today}, and
 * {@code --rebuild-read-side} (recompute every read item from the events before serving),
 * {@code --allow-loopback-webhooks} (webhooks may go to this machine, for tests on one machine; refused otherwise,
 * as in the cloud); and a Slack app where SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set (as in the cloud's
 * functions). Calendar providers are Google's and Microsoft's own addresses but in tests.
 */
public record LocalOptions(int port, Path dataDir, LocalDate today, boolean rebuildReadSide, SlackSettings slack,
                           boolean loopbackWebhooks, CalendarEndpoints calendarEndpoints) {

    public LocalOptions(int port, Path dataDir, LocalDate today) {
        this(port, dataDir, today, false, null, false, CalendarEndpoints.PROVIDERS);
    }

    public LocalOptions withSlack(SlackSettings settings) {
        return new LocalOptions(port, dataDir, today, rebuildReadSide, settings, loopbackWebhooks, calendarEndpoints);
    }

    /** Webhook endpoints on this machine allowed: the tests' receivers listen on loopback. */
    public LocalOptions withLoopbackWebhooks() {
        return new LocalOptions(port, dataDir, today, rebuildReadSide, slack, true, calendarEndpoints);
    }

    /** Calendar providers elsewhere than Google's and Microsoft's: the tests' recorded ones. */
    public LocalOptions withCalendarEndpoints(CalendarEndpoints endpoints) {
        return new LocalOptions(port, dataDir, today, rebuildReadSide, slack, loopbackWebhooks, endpoints);
    }

    public static final int DEFAULT_PORT = 4000;
    public static final Path DEFAULT_DATA_DIR = Path.of(".leave-tracker");

    public static LocalOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path dataDir = DEFAULT_DATA_DIR;
        LocalDate today = null;
        boolean rebuild = false;
        boolean loopbackWebhooks = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--rebuild-read-side".equals(arg)) {
                rebuild = true;
                continue;
            }
            if ("--allow-loopback-webhooks".equals(arg)) {
                loopbackWebhooks = true;
                continue;
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.length ? args[++i] : null;
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (value == null) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--today" -> {
                    try {
                        today = LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--today takes a date YYYY-MM-DD, got " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + name
                        + " (known: --port N, --data-dir DIR, --today YYYY-MM-DD, --rebuild-read-side,"
                        + " --allow-loopback-webhooks)");
            }
        }
        return new LocalOptions(port, dataDir, today, rebuild, SlackSettings.current().orElse(null),
                loopbackWebhooks, CalendarEndpoints.PROVIDERS);
    }
}
