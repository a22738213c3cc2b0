package org.leavetracker.local;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.leavetracker.adapters.dynamodb.KeyItems;
import org.leavetracker.adapters.dynamodb.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Makes an acknowledged append survive {@code kill -9} of the local runtime. Embedded DynamoDB Local answers a
 * {@code TransactWriteItems} before its SQLite commit is on disk: killed at that moment, it loses the write it has
 * just acknowledged (7 runs in 16 of a measured loop, docs/decisions/0009-local-runtime.md). Its writes are
 * serialised, so once a later write has been answered the earlier one is committed: a tiny "barrier" put after the
 * transaction makes it durable before the command is acknowledged. Concurrent commands share one barrier (a group
 * commit): a barrier started after a transaction returned covers it. DynamoDB itself needs none of this, so it
 * lives here and not in the event store.
 */
final class DurableAppends {

    private final DynamoDbClient dynamo;
    private final String keysTable;
    private final String eventsTable;
    private final Map<String, AttributeValue> barrierKey =
            Map.of(KeyItems.KEY, AttributeValue.fromS("local#durability-barrier"));
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long requested;
    private long completed;
    private boolean writing;

    private DurableAppends(DynamoDbClient dynamo, String tablePrefix) {
        this.dynamo = dynamo;
        this.keysTable = Tables.KEYS.tableName(tablePrefix);
        this.eventsTable = Tables.EVENTS.tableName(tablePrefix);
    }

    static DynamoDbClient wrap(DynamoDbClient dynamo, String tablePrefix) {
        DurableAppends barrier = new DurableAppends(dynamo, tablePrefix);
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(dynamo, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("transactWriteItems") && barrier.appends(args[0])) {
                barrier.awaitDurable();
            }
            return result;
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
    }

    /** Whether a transaction is the event store's append (the read side's writes are recomputed after a crash). */
    private boolean appends(Object request) {
        return !(request instanceof TransactWriteItemsRequest write) || write.transactItems().stream()
                .anyMatch(item -> item.put() != null && eventsTable.equals(item.put().tableName()));
    }

    /** Returns once a barrier put that started after this call has been answered. */
    private void awaitDurable() {
        lock.lock();
        try {
            long ticket = ++requested;
            while (completed < ticket) {
                if (writing) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                long covers = requested;
                lock.unlock(); // others take tickets meanwhile; the next barrier covers them all
                boolean written = false;
                try {
                    dynamo.putItem(b -> b.tableName(keysTable).item(barrierKey));
                    written = true;
                } finally {
                    lock.lock();
                    writing = false;
                    if (written) {
                        completed = Math.max(completed, covers);
                    }
                    finished.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
