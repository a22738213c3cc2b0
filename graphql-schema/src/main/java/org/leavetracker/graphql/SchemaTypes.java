package org.leavetracker.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object types of the schema file and their fields' types: just enough of SDL to write a selection set, so that
 * the Lambda packages need no GraphQL engine (the tests parse the schema with graphql-java and check the result).
 */
final class SchemaTypes {

    private static final Pattern TYPE = Pattern.compile("(?m)^type (\\w+)[^{]*\\{([^}]*)}");
    private static final Pattern FIELD = Pattern.compile("(?m)^\\s+(\\w+)(?:\\([^)]*\\))?\\s*:\\s*\\[?(\\w+)");
    private static final Pattern DESCRIPTION = Pattern.compile("(?s)\"\"\".*?\"\"\"|\"[^\"\\n]*\"");

    /** Field name to its named type (lists and non-null marks dropped), by object type, in the schema's order. */
    private final Map<String, Map<String, String>> fieldsByType = new LinkedHashMap<>();

    SchemaTypes(String schema) {
        Matcher type = TYPE.matcher(DESCRIPTION.matcher(schema).replaceAll(""));
        while (type.find()) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(type.group(2));
            while (field.find()) {
                fields.put(field.group(1), field.group(2));
            }
            fieldsByType.put(type.group(1), fields);
        }
    }

    List<String> fieldsOf(String typeName) {
        return List.copyOf(fields(typeName).keySet());
    }

    String selectionOf(String typeName) {
        Map<String, String> fields = fields(typeName);
        List<String> selected = fields.entrySet().stream()
                .map(f -> fieldsByType.containsKey(f.getValue()) ? f.getKey() + " " + selectionOf(f.getValue())
                        : f.getKey())
                .toList();
        return "{ " + String.join(" ", selected) + " }";
    }

    private Map<String, String> fields(String typeName) {
        Map<String, String> fields = fieldsByType.get(typeName);
        if (fields == null) {
            throw new IllegalArgumentException("the schema has no object type " + typeName);
        }
        return fields;
    }
}
