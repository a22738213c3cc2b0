package org.leavetracker.functions.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leavetracker.adapters.json.EventJson;

/** Structured logs: one JSON object a line on standard output, which CloudWatch Logs keeps as it is. */
public final class JsonLog {

    private static final ObjectMapper MAPPER = EventJson.newMapper();

    private final String logger;

    public JsonLog(Class<?> owner) {
        this.logger = owner.getSimpleName();
    }

    public void info(String message, Map<String, ?> fields) {
        write("INFO", message, fields, null);
    }

    public void warn(String message, Map<String, ?> fields) {
        write("WARN", message, fields, null);
    }

    public void error(String message, Map<String, ?> fields, Throwable error) {
        write("ERROR", message, fields, error);
    }

    private void write(String level, String message, Map<String, ?> fields, Throwable error) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        line.putAll(fields);
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            line.put("error", error.toString());
            line.put("stackTrace", trace.toString());
        }
        try {
            System.out.println(MAPPER.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            System.out.println("{\"level\":\"ERROR\",\"message\":\"unloggable line\"}");
        }
    }
}
