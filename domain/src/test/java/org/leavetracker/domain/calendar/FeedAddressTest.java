package org.leavetracker.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedAddressTest {

    @Test
    void an_address_given_out_is_the_path_a_calendar_app_asks_for() {
        FeedAddress team = new FeedAddress(FeedAddress.Kind.TEAM, "abc123");
        String url = team.under("https://feeds.example/");

        assertThat(url).isEqualTo("https://feeds.example/calendar/team/abc123.ics");
        assertThat(new FeedAddress(FeedAddress.Kind.USER, "abc123").under("https://feeds.example"))
                .isEqualTo("https://feeds.example/calendar/user/abc123.ics");
        assertThat(FeedAddress.parse("/calendar/team/abc123.ics")).contains(team);
    }

    @Test
    void any_other_path_names_no_feed() {
        assertThat(FeedAddress.parse("/calendar/team/abc123")).isEmpty();
        assertThat(FeedAddress.parse("/calendar/other/abc123.ics")).isEmpty();
        assertThat(FeedAddress.parse("/calendar/user/a/b.ics")).isEmpty();
        assertThat(FeedAddress.parse("/calendar/user/" + "x".repeat(201) + ".ics")).isEmpty();
        assertThat(FeedAddress.parse(null)).isEmpty();
    }
}
