package org.leavetracker.graphql;

/**
 * Which resolver serves one field, and who may call it.
 *
 * @param readsReadSide whether it answers from the read tables, so that it first waits for the caller's own latest
 *                      write to show there (decision 0020)
 */
public record ResolverMapping(String typeName, String fieldName, Target target, Auth auth, boolean readsReadSide) {

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
