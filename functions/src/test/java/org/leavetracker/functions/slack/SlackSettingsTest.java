package org.leavetracker.functions.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void the_secret_in_secrets_manager_holds_both_values_as_json() {
        assertThat(SlackSettings.parse("{\"signingSecret\": \"s3cr3t\", \"botToken\": \"xoxb-1\"}", null))
                .isEqualTo(new SlackSettings("s3cr3t", "xoxb-1", null));
        assertThatThrownBy(() -> SlackSettings.parse("not json", null)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("signingSecret and botToken");
    }
}
