package org.leavetracker.functions.scim;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leavetracker.domain.provisioning.AttributeChange;
import org.leavetracker.domain.provisioning.ProvisionedPerson;
import org.leavetracker.domain.provisioning.ProvisioningSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one request says of a person, gathered attribute by attribute from a POST or PUT body or from PATCH
 * operations, in both providers' dialects: Entra ID's capitalised operations and booleans written as strings, Okta's
 * operations without a path. Attributes Leave Tracker does not keep (phone numbers, titles, addresses other than the
 * mapped location) are accepted and ignored, as both providers expect.
 */
final class ScimUserChange {

    private static final Pattern FILTERED = Pattern.compile("(\\w+)\\[\\s*type\\s+eq\\s+\"([^\"]*)\"\\s*]\\.?(\\w*)",
            Pattern.CASE_INSENSITIVE);
    private static final String ENTERPRISE = ScimSchemas.ENTERPRISE_USER.toLowerCase(Locale.ROOT);

    private final String currentName;
    private final String locationAttribute;
    private final String startDateAttribute;
    private String userName;
    private String primaryEmail;
    private String displayName;
    private String formatted;
    private String givenName;
    private String familyName;
    private Boolean active;
    private AttributeChange<String> department = AttributeChange.kept();
    private AttributeChange<String> manager = AttributeChange.kept();
    private AttributeChange<String> location = AttributeChange.kept();
    private String startDate;

    /**
     * @param currentName       the person's name now (null for a new one), which a change of one part of a name
     *                          changes
     * @param mapping           the attributes the admin mapped to a location and a start date
     */
    ScimUserChange(String currentName, ProvisioningSettings mapping) {
        this.currentName = currentName;
        this.locationAttribute = lower(mapping.locationAttribute());
        this.startDateAttribute = lower(mapping.startDateAttribute());
    }

    private static String lower(String path) {
        return path == null ? null : path.toLowerCase(Locale.ROOT);
    }

    /** A whole resource, as POST and PUT send it. */
    ScimUserChange body(JsonNode resource) {
        if (resource == null || !resource.isObject()) {
            throw ScimRefusal.invalidValue("the body is a SCIM User resource, a JSON object");
        }
        set(null, resource);
        return this;
    }

    /** One PATCH operation; {@code op} in any case, {@code path} absent for a value holding attributes. */
    ScimUserChange operation(String op, String path, JsonNode value) {
        switch (op == null ? "" : op.toLowerCase(Locale.ROOT)) {
            case "add", "replace" -> set(path, value);
            case "remove" -> {
                if (path == null) {
                    throw new ScimRefusal(400, "noTarget", "a remove operation names its path");
                }
                set(path, null);
            }
            default -> throw invalid("op is add, replace or remove, not " + op);
        }
        return this;
    }

    /** The person described; the parts of the name given replace those of the current name. */
    ProvisionedPerson person() {
        String email = primaryEmail != null ? primaryEmail : userName;
        if (userName != null && primaryEmail != null && !userName.contains("@")) {
            email = primaryEmail;
        }
        return new ProvisionedPerson(email, name(), active, department, manager, location, startDate);
    }

    /**
     * The name the change gives: of displayName, name.formatted and the given and family names, the first that
     * differs from the current name. A full PUT repeats the unchanged ones beside the one that changed, so the
     * first non-empty one would often be stale.
     */
    private String name() {
        String composed = null;
        if (givenName != null || familyName != null) {
            NameParts now = NameParts.of(currentName);
            composed = ((givenName != null ? givenName : now.given()) + " "
                    + (familyName != null ? familyName : now.family())).trim();
        }
        String unchanged = null;
        for (String candidate : new String[] {displayName, formatted, composed}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            if (!candidate.trim().equals(currentName)) {
                return candidate.trim();
            }
            unchanged = candidate.trim();
        }
        return unchanged;
    }

    /** Sets the attribute at {@code path} (null: each attribute of the object {@code value}); value null removes. */
    private void set(String path, JsonNode value) {
        if (path == null || path.isBlank()) {
            if (value == null || !value.isObject()) {
                throw invalid("an operation without a path carries an object of attributes");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                set(field.getKey(), field.getValue());
            }
            return;
        }
        String lower = path.trim().toLowerCase(Locale.ROOT);
        if (mapped(lower, value)) {
            return;
        }
        if (lower.startsWith(ENTERPRISE)) {
            String sub = lower.length() > ENTERPRISE.length() ? lower.substring(ENTERPRISE.length() + 1) : "";
            enterprise(sub, value);
            return;
        }
        Matcher filtered = FILTERED.matcher(path.trim());
        if (filtered.matches()) {
            filtered(filtered.group(1).toLowerCase(Locale.ROOT), filtered.group(2), filtered.group(3), value);
            return;
        }
        switch (lower) {
            case "username" -> userName = required(text(value), "userName");
            case "displayname" -> displayName = text(value);
            case "name" -> {
                if (value != null && value.isObject()) {
                    value.fields().forEachRemaining(f -> set("name." + f.getKey(), f.getValue()));
                }
            }
            case "name.formatted" -> formatted = text(value);
            case "name.givenname" -> givenName = text(value);
            case "name.familyname" -> familyName = text(value);
            case "emails" -> emails(value);
            case "active" -> active = bool(value);
            default -> {
                if (leadsToMapped(lower + ".") && value != null && value.isObject()) {
                    value.fields().forEachRemaining(f -> set(lower + "." + f.getKey(), f.getValue()));
                } else if (leadsToMapped(lower + ":") && value != null && value.isObject()) {
                    // a custom extension's object, e.g. {"urn:…:acme:2.0:User": {"hireDate": …}}
                    value.fields().forEachRemaining(f -> set(lower + ":" + f.getKey(), f.getValue()));
                } else if (leadsToMapped(lower + "[") && value != null && value.isArray()) {
                    value.forEach(element -> arrayElement(lower, element));
                }
                // schemas, id, externalId, meta and attributes not kept: accepted, ignored
            }
        }
    }

    private void enterprise(String sub, JsonNode value) {
        switch (sub) {
            case "" -> {
                if (value != null && value.isObject()) {
                    value.fields().forEachRemaining(f -> enterprise(f.getKey().toLowerCase(Locale.ROOT),
                            f.getValue()));
                }
            }
            case "department" -> department = text(value) == null || text(value).isBlank() ? AttributeChange.cleared()
                    : AttributeChange.of(text(value));
            case "manager", "manager.value" -> {
                String id = value != null && value.isObject() ? text(value.get("value")) : text(value);
                manager = id == null || id.isBlank() ? AttributeChange.cleared() : AttributeChange.of(id);
            }
            default -> {
                mapped(ScimSchemas.ENTERPRISE_USER.toLowerCase(Locale.ROOT) + ":" + sub, value);
            }
        }
    }

    /** {@code emails[type eq "work"].value} and the like. */
    private void filtered(String attribute, String type, String sub, JsonNode value) {
        if (attribute.equals("emails") && (sub.isEmpty() || sub.equalsIgnoreCase("value"))) {
            String address = value != null && value.isObject() ? text(value.get("value")) : text(value);
            if (address != null && ("work".equalsIgnoreCase(type) || primaryEmail == null)) {
                primaryEmail = address;
            }
            return;
        }
        String path = attribute + "[type eq \"" + type.toLowerCase(Locale.ROOT) + "\"]" + (sub.isEmpty() ? ""
                : "." + sub.toLowerCase(Locale.ROOT));
        mapped(path, value);
    }

    /** Takes the value of an attribute the admin mapped; false when {@code lowerPath} is none of them. */
    private boolean mapped(String lowerPath, JsonNode value) {
        if (lowerPath.equals(locationAttribute)) {
            location = text(value) == null ? AttributeChange.cleared() : AttributeChange.of(text(value));
            return true;
        }
        if (lowerPath.equals(startDateAttribute)) {
            startDate = text(value);
            return true;
        }
        return false;
    }

    /** Whether a mapped attribute lies inside the attribute {@code prefix} begins. */
    private boolean leadsToMapped(String prefix) {
        return locationAttribute != null && locationAttribute.startsWith(prefix)
                || startDateAttribute != null && startDateAttribute.startsWith(prefix);
    }

    private void arrayElement(String attribute, JsonNode element) {
        if (!element.isObject() || element.get("type") == null) {
            return;
        }
        element.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("type")) {
                filtered(attribute, element.get("type").asText(), f.getKey(), f.getValue());
            }
        });
    }

    /** The primary address, else the work one, else the first. */
    private void emails(JsonNode value) {
        if (value == null || !value.isArray() || value.isEmpty()) {
            return;
        }
        JsonNode chosen = value.get(0);
        for (JsonNode email : value) {
            if (bool(email.get("primary")) == Boolean.TRUE) {
                chosen = email;
                break;
            }
            if ("work".equalsIgnoreCase(text(email.get("type")))) {
                chosen = email;
            }
        }
        primaryEmail = text(chosen.get("value"));
    }

    /** A boolean, or as Entra ID writes one: "True" or "False". */
    private static Boolean bool(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase(
                "false"))) {
            return Boolean.parseBoolean(value.asText().toLowerCase(Locale.ROOT));
        }
        throw invalid("a boolean is true or false, not " + value);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject() || value.isArray()) {
            throw invalid("expected a single value, not " + (value instanceof ObjectNode ? "an object" : "a list"));
        }
        return value.asText();
    }

    private static String required(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw invalid(attribute + " is required");
        }
        return value;
    }

    private static ScimRefusal invalid(String detail) {
        return ScimRefusal.invalidValue(detail);
    }

    /** A name as given and family name: the last word is the family name. */
    record NameParts(String given, String family) {
        static NameParts of(String name) {
            if (name == null || name.isBlank()) {
                return new NameParts("", "");
            }
            String trimmed = name.trim();
            int space = trimmed.lastIndexOf(' ');
            return space < 0 ? new NameParts(trimmed, "") : new NameParts(trimmed.substring(0, space),
                    trimmed.substring(space + 1));
        }
    }
}
