package org.leavetracker.functions.slack;

import java.util.function.BiFunction;

import org.leavetracker.functions.support.Application;

/**
 * What a Slack function wires from the application and Slack's secret: the application once per cold start, the
 * rest again only when the secret changed (a rotation, seen within {@code CachedSecret.MAX_AGE}).
 */
final class WiredPerSecret<T> {

    private final String function;
    private final BiFunction<Application, SlackSettings, T> wire;
    private Application app;
    private T wired;
    private SlackSettings wiredWith;

    WiredPerSecret(String function, BiFunction<Application, SlackSettings, T> wire) {
        this.function = function;
        this.wire = wire;
    }

    synchronized T current() {
        SlackSettings settings = SlackSettings.current().orElseThrow(() -> new IllegalStateException(function
                + " needs SLACK_SECRET (or SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)"));
        if (wired == null || !settings.equals(wiredWith)) {
            if (app == null) {
                app = Application.fromEnvironment();
            }
            wired = wire.apply(app, settings);
            wiredWith = settings;
        }
        return wired;
    }
}
