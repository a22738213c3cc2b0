package org.leavetracker.adapters.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

/**
 * Seals a person's personal fields ({@link PersonalFields}) in a stored JSON tree under their data key, and opens
 * them again. A sealed field is stored as {@code {"sealed": "<base64 nonce and ciphertext>"}}, so it can never be
 * mistaken for a text someone typed; a plain string is a field stored before sealing began (read as it is, until the
 * re-encryption migration seals it). Once the person's key is destroyed, both forms read as erased.
 */
public final class FieldSealing {

    public static final String SEALED = "sealed";

    private final DataKeys keys;

    /** @param keys null: nothing is sealed (tests of other concerns, and tools reading a copy without the keys) */
    public FieldSealing(DataKeys keys) {
        this.keys = keys;
    }

    public static FieldSealing none() {
        return new FieldSealing(null);
    }

    public boolean sealsEvent(String type) {
        return keys != null && PersonalFields.OF_EVENTS.containsKey(type);
    }

    public boolean sealsRecord(Class<?> type) {
        return keys != null && PersonalFields.OF_RECORDS.containsKey(type);
    }

    /** Seals in place the personal fields of an event of a person's stream. */
    public void sealEvent(String personId, String type, Map<String, Object> fields) {
        seal(personId, PersonalFields.OF_EVENTS.get(type), fields);
    }

    public void openEvent(String personId, String type, Map<String, Object> fields) {
        open(personId, PersonalFields.OF_EVENTS.get(type), fields);
    }

    public void sealRecord(Class<?> type, Map<String, Object> fields) {
        PersonalFields.OfRecord of = PersonalFields.OF_RECORDS.get(type);
        seal((String) fields.get(of.ownerField()), of.fields(), fields);
    }

    public void openRecord(Class<?> type, Map<String, Object> fields) {
        PersonalFields.OfRecord of = PersonalFields.OF_RECORDS.get(type);
        open((String) fields.get(of.ownerField()), of.fields(), fields);
    }

    /**
     * Whether this process may have opened the person's fields with a key destroyed since (an erasure made by
     * another process): what it holds of them must then be read again.
     */
    public boolean mayHoldErasedKey(String personId) {
        return keys != null && keys.mayHoldKey(personId);
    }

    public void forget(String personId) {
        if (keys != null) {
            keys.forget(personId);
        }
    }

    /** Whether a stored value is sealed (the migration's test of what is left to do). */
    public static boolean isSealed(Object value) {
        return value instanceof Map<?, ?> map && map.get(SEALED) instanceof String;
    }

    private void seal(String personId, List<String> names, Map<String, Object> fields) {
        Optional<SecretKey> key = keys.sealingKey(personId);
        for (String name : names) {
            Object value = fields.get(name);
            if (!(value instanceof String text)) {
                continue;
            }
            fields.put(name, key.<Object>map(k -> Map.of(SEALED, Base64.getEncoder().encodeToString(
                            Aead.seal(k, text.getBytes(StandardCharsets.UTF_8), where(personId, name)))))
                    .orElseGet(() -> PersonalFields.erased(name, personId)));
        }
    }

    private void open(String personId, List<String> names, Map<String, Object> fields) {
        for (String name : names) {
            Object value = fields.get(name);
            if (isSealed(value)) {
                byte[] sealed = Base64.getDecoder().decode((String) ((Map<?, ?>) value).get(SEALED));
                fields.put(name, keys.openingKey(personId)
                        .<Object>map(k -> new String(Aead.open(k, sealed, where(personId, name)),
                                StandardCharsets.UTF_8))
                        .orElseGet(() -> PersonalFields.erased(name, personId)));
            } else if (value instanceof String && keys.erased(personId)) {
                fields.put(name, PersonalFields.erased(name, personId));
            }
        }
    }

    private static String where(String personId, String field) {
        return personId + "#" + field;
    }
}
