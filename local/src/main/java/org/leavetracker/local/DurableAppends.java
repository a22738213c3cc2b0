package org.leavetracker.local;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

import org.leavetracker.adapters.dynamodb.KeyItems;
import org.leavetracker.adapters.dynamodb.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes an acknowledged append survive {@code kill -9} of the local runtime. Embedded DynamoDB Local answers a
 * {@code TransactWriteItems} before its SQLite commit is on disk: killed at that moment, it loses the write it has
 * just acknowledged (7 runs in 16 of a measured loop, docs/decisions/0009-local-runtime.md). Its writes are
 * serialised, so once a later write has been answered the earlier one is committed; a tiny "barrier" put after
 * every transaction therefore makes the transaction durable before the command is acknowledged. DynamoDB itself
 * needs none of this, so it lives here and not in the event store.
 */
final class DurableAppends {

    private DurableAppends() {
    }

    static DynamoDbClient wrap(DynamoDbClient dynamo, String tablePrefix) {
        String keysTable = Tables.KEYS.tableName(tablePrefix);
        Map<String, AttributeValue> barrier = Map.of(KeyItems.KEY, AttributeValue.fromS("local#durability-barrier"));
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(dynamo, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("transactWriteItems")) {
                dynamo.putItem(b -> b.tableName(keysTable).item(barrier));
            }
            return result;
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
    }
}
