package org.leavetracker.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leavetracker.domain.notification.Notification;
import org.leavetracker.domain.port.NotificationChannel;

/**
 * The local runtime's mail server: every notification is printed and kept in {@code outbox.jsonl} of the data
 * directory, readable at {@code GET /dev/outbox} (the cloud sends them through SES).
 */
public final class Outbox implements NotificationChannel {

    private final JsonLinesFile file;

    public Outbox(Path dataDir) {
        this.file = new JsonLinesFile(dataDir.resolve("outbox.jsonl"));
    }

    @Override
    public void send(Notification notification) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("at", Instant.now().toString());
        message.put("to", notification.to());
        message.put("subject", notification.subject());
        message.put("body", notification.body());
        message.put("eventId", notification.eventId());
        file.append(message);
        System.out.println("mail to " + notification.to() + ": " + notification.subject());
    }

    /**
     * Drops the mails that events of an erased person's stream caused (to them, or to their approvers about them):
     * the outbox is this runtime's mail catcher, part of its data directory, which an erasure leaves without their
     * data. Mail delivered through SES in the cloud is in its recipients' mailboxes, out of an erasure's reach.
     */
    public void forget(String personId) {
        file.removeIf(m -> String.valueOf(m.get("eventId")).startsWith(personId + "/"));
    }

    /** @param to only the messages to this address (any case), or all when null */
    public List<Map<String, Object>> messages(String to) {
        return file.all().stream().filter(m -> to == null || to.equalsIgnoreCase((String) m.get("to"))).toList();
    }
}
