package org.leavetracker.functions.scim;

/**
 * A refusal in RFC 7644 §3.12's terms: an HTTP status, for 400 and 409 a {@code scimType}, and a sentence for
 * people.
 */
public final class ScimRefusal extends RuntimeException {

    private final int status;
    private final String scimType;

    public ScimRefusal(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimRefusal invalidValue(String detail) {
        return new ScimRefusal(400, "invalidValue", detail);
    }

    public static ScimRefusal notFound(String detail) {
        return new ScimRefusal(404, null, detail);
    }

    public int status() {
        return status;
    }

    public String scimType() {
        return scimType;
    }
}
