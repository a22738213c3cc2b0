package org.leavetracker.graphql;

/** Which resolver serves one field, and who may call it. */
public record ResolverMapping(String typeName, String fieldName, Target target, Auth auth) {

    public enum Target {
        /** The resolver Lambda, behind the envelope resolver. */
        API,
        /** A NONE data source echoing its arguments: the publish… mutations. */
        LOCAL
    }

    public enum Auth { USER, IAM }

    public String field() {
        return typeName + "." + fieldName;
    }
}
