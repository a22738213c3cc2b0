package org.leavetracker.it;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** An end-to-end test class against one target (the in-process local runtime unless an endpoint is given). */
abstract class AgainstTarget {

    static Target target;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        target = Target.start();
        api = new Api(target);
    }

    @AfterAll
    static void stop() throws Exception {
        target.close();
    }

    /** GraphQL variables from alternating names and values (values may be null, unlike Map.of). */
    static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
