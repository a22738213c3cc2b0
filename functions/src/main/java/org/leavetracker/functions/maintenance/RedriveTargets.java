package org.leavetracker.functions.maintenance;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code name=value,name=value} from an environment variable, as the stack writes the redrive's targets. */
final class RedriveTargets {

    private RedriveTargets() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> targets = new LinkedHashMap<>();
        if (text == null) {
            return targets;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                targets.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return targets;
    }
}
