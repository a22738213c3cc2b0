package org.leavetracker.domain.calendar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a calendar feed is served, {@code <base>/calendar/<user|team>/<token>.ics}: the one place that both writes the
 * addresses people are given and reads the paths calendar apps ask for.
 */
public record FeedAddress(Kind kind, String token) {

    public enum Kind { USER, TEAM }

    private static final Pattern PATH = Pattern.compile("^/calendar/(user|team)/([^/]{1,200})\\.ics$");

    /** The address under the deployment's feed base URL (with or without its trailing slash). */
    public String under(String base) {
        return (base.endsWith("/") ? base : base + "/") + "calendar/" + (kind == Kind.USER ? "user" : "team") + "/"
                + token + ".ics";
    }

    /** The feed a request path names; empty for any other path. */
    public static Optional<FeedAddress> parse(String path) {
        Matcher matched = PATH.matcher(path == null ? "" : path);
        if (!matched.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FeedAddress("user".equals(matched.group(1)) ? Kind.USER : Kind.TEAM, matched.group(2)));
    }
}
