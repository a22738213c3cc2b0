package org.leavetracker.functions.scim;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the provider supports (RFC 7644 §4): ServiceProviderConfig, ResourceTypes and Schemas, from the files in
 * {@code scim/}, with this endpoint's address in their {@code meta.location}.
 */
final class ScimDiscovery {

    private final ObjectMapper json;
    private final String baseUrl;

    ScimDiscovery(ObjectMapper json, String baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
    }

    /** The whole resource, or one resource type or schema of it by id. */
    JsonNode read(String resource, String id) {
        JsonNode document = load(resource);
        if (resource.equals("ServiceProviderConfig")) {
            if (id != null) {
                throw ScimRefusal.notFound("ServiceProviderConfig has no sub-resources");
            }
            return located((ObjectNode) document, resource);
        }
        ArrayNode all = (ArrayNode) document;
        all.forEach(item -> located((ObjectNode) item, resource + "/" + item.get("id").asText()));
        if (id != null) {
            for (JsonNode item : all) {
                if (item.get("id").asText().equals(id)) {
                    return item;
                }
            }
            throw ScimRefusal.notFound("no " + resource + " with id " + id);
        }
        ObjectNode list = json.createObjectNode();
        list.putArray("schemas").add(ScimSchemas.LIST_RESPONSE);
        list.put("totalResults", all.size());
        list.put("startIndex", 1);
        list.put("itemsPerPage", all.size());
        list.set("Resources", all);
        return list;
    }

    private ObjectNode located(ObjectNode item, String path) {
        ((ObjectNode) item.with("meta")).put("location", baseUrl + "/" + path);
        return item;
    }

    private JsonNode load(String resource) {
        try (InputStream in = ScimDiscovery.class.getResourceAsStream("/scim/" + resource + ".json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the SCIM discovery file " + resource + " ships with the function", e);
        }
    }
}
