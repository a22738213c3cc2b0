package org.leavetracker.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names in Slack messages stay text: Slack's mrkdwn reads &, < and > as control characters. */
class SlackTextTest {

    @Test
    void mentions_and_links_in_a_name_are_shown_not_followed() {
        assertThat(SlackWebApi.escaped("<!channel> <https://evil.example|your bank> & co"))
                .isEqualTo("&lt;!channel&gt; &lt;https://evil.example|your bank&gt; &amp; co");
        assertThat(SlackWebApi.escaped("Ann Müller")).isEqualTo("Ann Müller");
    }
}
