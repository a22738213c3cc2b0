package org.leavetracker.adapters.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import org.leavetracker.adapters.dynamodb.Tables;
import org.leavetracker.domain.port.PersonalDataKeys;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * People's data keys in their own table (docs/decisions/0036): one item per person holding the key wrapped by the
 * master key, or, once erased, a tombstone holding nothing, so that no key is ever made for them again. A warm
 * process keeps the keys it unwrapped for a few minutes (an unwrap is a KMS call in the cloud); an erasure elsewhere
 * reaches it when that time is up.
 */
public final class DataKeys implements PersonalDataKeys {

    public static final String PERSON = "person";
    static final String WRAPPED = "wrapped";
    static final String ERASED_AT = "erasedAt";
    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    /** What is known of a person's key: their key, or that they were erased. */
    sealed interface State {
    }

    record Usable(SecretKey key, Instant loadedAt) implements State {
    }

    record Erased() implements State {
    }

    /** No key was made yet (the person's fields so far are in clear text, from before sealing). */
    record NoneYet(Instant loadedAt) implements State {
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final KeyWrapping wrapping;
    private final Clock clock;
    private final Map<String, State> known = new ConcurrentHashMap<>();

    public DataKeys(DynamoDbClient dynamo, String tablePrefix, KeyWrapping wrapping) {
        this(dynamo, tablePrefix, wrapping, Clock.systemUTC());
    }

    DataKeys(DynamoDbClient dynamo, String tablePrefix, KeyWrapping wrapping, Clock clock) {
        this.dynamo = dynamo;
        this.table = Tables.PERSONAL_KEYS.tableName(tablePrefix);
        this.wrapping = wrapping;
        this.clock = clock;
    }

    /** The key to seal the person's fields with, made on their first personal field; empty once they are erased. */
    public Optional<SecretKey> sealingKey(String personId) {
        return usable(current(personId, true));
    }

    /** The key their sealed fields open with; empty once they are erased (or when none was ever made). */
    public Optional<SecretKey> openingKey(String personId) {
        return usable(current(personId, false));
    }

    /** Whether the person's key was destroyed: then even a field stored before sealing began reads as erased. */
    public boolean erased(String personId) {
        return current(personId, false) instanceof Erased;
    }

    /**
     * Whether this process may still hold the person's key from before an erasure made elsewhere: then what it read
     * of them must be read again ({@link #forget} first).
     */
    public boolean mayHoldKey(String personId) {
        return known.get(personId) instanceof Usable;
    }

    /** Drops what this process knows of the person's key: the next use asks the table. */
    public void forget(String personId) {
        known.remove(personId);
    }

    @Override
    public void destroy(String personId) {
        dynamo.putItem(b -> b.tableName(table).item(Map.of(PERSON, AttributeValue.fromS(personId),
                ERASED_AT, AttributeValue.fromS(clock.instant().toString()))));
        known.put(personId, new Erased());
    }

    private static Optional<SecretKey> usable(State state) {
        return state instanceof Usable usable ? Optional.of(usable.key()) : Optional.empty();
    }

    private boolean expired(Instant loadedAt) {
        return clock.instant().isAfter(loadedAt.plus(KEPT_FOR));
    }

    /** What is known of the person's key; a new key when there is none and one is to be made. */
    private State current(String personId, boolean makeIfMissing) {
        State state = known.get(personId);
        if (state instanceof Usable usable && expired(usable.loadedAt())
                || state instanceof NoneYet none && (makeIfMissing || expired(none.loadedAt()))) {
            state = null;
        }
        if (state == null) {
            state = load(personId).orElse(null);
            if (state == null) {
                state = makeIfMissing ? make(personId) : new NoneYet(clock.instant());
            }
            known.put(personId, state);
        }
        return state;
    }

    private Optional<State> load(String personId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(PERSON, AttributeValue.fromS(personId)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        if (!item.containsKey(WRAPPED)) {
            return Optional.of(new Erased());
        }
        byte[] key = wrapping.unwrap(item.get(WRAPPED).b().asByteArray(), personId);
        return Optional.of(new Usable(Aead.key(key), clock.instant()));
    }

    /** A new key, unless another process made one first (then theirs) or the person was erased meanwhile. */
    private State make(String personId) {
        byte[] key = Aead.newKeyBytes();
        try {
            dynamo.putItem(b -> b.tableName(table).item(Map.of(PERSON, AttributeValue.fromS(personId),
                            WRAPPED, AttributeValue.fromB(SdkBytes.fromByteArray(wrapping.wrap(key, personId)))))
                    .conditionExpression("attribute_not_exists(#p)").expressionAttributeNames(Map.of("#p", PERSON)));
            return new Usable(Aead.key(key), clock.instant());
        } catch (ConditionalCheckFailedException e) {
            return load(personId).orElseThrow();
        }
    }
}
