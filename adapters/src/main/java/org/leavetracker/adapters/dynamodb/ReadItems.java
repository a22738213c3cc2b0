package org.leavetracker.adapters.dynamodb;

import java.time.LocalDate;

import org.leavetracker.adapters.privacy.LookupKeys;
import org.leavetracker.domain.read.model.Page;

/**
 * Key layouts of the read table. Every item holds its record as JSON in {@link #DATA} and the version of the
 * aggregate it was computed from in {@link #VERSION}.
 *
 * <pre>
 * organization  pk ORG#{org}              sk ORG
 * location      pk ORG#{org}              sk LOC#{id}
 * leave type    pk ORG#{org}              sk TYPE#{id}
 * policy        pk ORG#{org}              sk POLICY#{location}#{id}
 * user          pk USER#{user}            sk USER        gsi1 ORG#{org}#USERS / {user}   gsi2 EMAIL#{hash} / USER
 * request       pk USER#{user}            sk REQ#{start}#{request}
 * balance       pk USER#{user}            sk BAL#{year}#{leave type}
 * substitute    pk SUBSTITUTE#{substitute} sk {user who named them}
 * calendar      pk CAL#{org}#{yyyy-MM}    sk {request}   (one per month the request touches)
 * approver queue pk APPROVER#{approver}   sk {request}
 * admin queue   pk PENDING#{org}          sk {request}
 * </pre>
 * Calendar and queue items also carry gsi3 = their pk / {start}#{request} while they are listed (a calendar entry
 * PENDING or APPROVED, a queue entry PENDING): a sparse index holding each list in page order without what was
 * decided or taken back (docs/decisions/0027-paging-in-dynamodb.md).
 */
final class ReadItems {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String GSI1 = "gsi1";
    static final String GSI1_PK = "gsi1pk";
    static final String GSI1_SK = "gsi1sk";
    static final String GSI2 = "gsi2";
    static final String GSI2_PK = "gsi2pk";
    static final String GSI2_SK = "gsi2sk";
    static final String GSI3 = "gsi3";
    static final String GSI3_PK = "gsi3pk";
    static final String GSI3_SK = "gsi3sk";
    static final String DATA = "data";
    static final String VERSION = "version";
    /** Epoch seconds after which DynamoDB deletes the item: only the webhook delivery log's items carry it. */
    static final String EXPIRES_AT = "expiresAt";
    /** Marks the item of something taken back (kept, so a late write cannot resurrect it; never listed). */
    static final String REMOVED = "removed";
    static final String STATUS = "status";

    private ReadItems() {
    }

    static String org(String orgId) {
        return "ORG#" + orgId;
    }

    static String user(String userId) {
        return "USER#" + userId;
    }

    static String usersOf(String orgId) {
        return "ORG#" + orgId + "#USERS";
    }

    /** By the address's hash, never the address itself (LookupKeys). */
    static String email(String email) {
        return "EMAIL#" + LookupKeys.hashed(email);
    }

    static String request(LocalDate start, String requestId) {
        return "REQ#" + start + "#" + requestId;
    }

    /** A listed item's place in its list (the position a page of it ends at): start date, then request id. */
    static String listed(LocalDate start, String requestId) {
        return Page.byStartDate(start, requestId);
    }

    static String balance(int year, String leaveTypeId) {
        return "BAL#" + year + "#" + leaveTypeId;
    }

    static String calendar(String orgId, LocalDate month) {
        return "CAL#" + orgId + "#" + month.toString().substring(0, 7);
    }

    static String substitute(String substituteId) {
        return "SUBSTITUTE#" + substituteId;
    }

    static String approverQueue(String approverId) {
        return "APPROVER#" + approverId;
    }

    static String expiring(String orgId) {
        return "EXPIRING#" + orgId;
    }

    static String decidedBy(String deciderId) {
        return "DECIDED#" + deciderId;
    }

    static String adminQueue(String orgId) {
        return "PENDING#" + orgId;
    }
}
