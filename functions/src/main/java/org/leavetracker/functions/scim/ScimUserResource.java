package org.leavetracker.functions.scim;

import org.leavetracker.domain.provisioning.PeopleProvisioning.ProvisionedUser;
import org.leavetracker.domain.read.UserProfile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A person as a SCIM User resource (RFC 7643 §4.1, with the enterprise extension's department and manager). */
final class ScimUserResource {

    private final ObjectMapper json;
    private final String baseUrl;

    ScimUserResource(ObjectMapper json, String baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
    }

    /** As read from the write side: with the version (for ETags) and the times of the person's trail. */
    ObjectNode of(ProvisionedUser user) {
        ObjectNode resource = of(user.profile(), user.department());
        ObjectNode meta = (ObjectNode) resource.get("meta");
        meta.put("created", user.created().toString());
        meta.put("lastModified", user.lastModified().toString());
        meta.put("version", etag(user.version()));
        return resource;
    }

    /** As a list shows it, from the directory. */
    ObjectNode of(UserProfile profile, String department) {
        ObjectNode resource = json.createObjectNode();
        resource.putArray("schemas").add(ScimSchemas.USER).add(ScimSchemas.ENTERPRISE_USER);
        resource.put("id", profile.id());
        resource.put("userName", profile.email());
        ScimUserChange.NameParts parts = ScimUserChange.NameParts.of(profile.name());
        ObjectNode name = resource.putObject("name");
        name.put("formatted", profile.name());
        name.put("givenName", parts.given());
        name.put("familyName", parts.family());
        resource.put("displayName", profile.name());
        ObjectNode email = resource.putArray("emails").addObject();
        email.put("value", profile.email());
        email.put("type", "work");
        email.put("primary", true);
        // an employment with an end (deactivated, or ending on a date an admin set) is no longer active
        resource.put("active", profile.employmentEndsOn() == null);
        ObjectNode enterprise = resource.putObject(ScimSchemas.ENTERPRISE_USER);
        if (department != null) {
            enterprise.put("department", department);
        }
        if (!profile.approverIds().isEmpty()) {
            ObjectNode manager = enterprise.putObject("manager");
            manager.put("value", profile.approverIds().getFirst());
            manager.put("$ref", baseUrl + "/Users/" + profile.approverIds().getFirst());
        }
        ObjectNode meta = resource.putObject("meta");
        meta.put("resourceType", "User");
        meta.put("location", baseUrl + "/Users/" + profile.id());
        return resource;
    }

    static String etag(long version) {
        return "W/\"" + version + "\"";
    }
}
