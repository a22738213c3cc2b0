package org.leavetracker.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import graphql.language.Field;
import graphql.language.SelectionSet;
import org.leavetracker.adapters.appsync.AppSyncPublisher;
import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.port.ChangePublisher;
import org.leavetracker.domain.read.LeaveRequestView;
import org.leavetracker.domain.read.model.SettingsArea;

/**
 * What AppSync does with a publish… mutation, locally: the projection's change goes through the schema's IAM-only
 * mutation (so its input is checked against the schema), and the mutation's result is sent to every subscriber of
 * the matching subscription whose arguments equal the result's fields — and only ever within the subscriber's own
 * organization, whatever arguments it sent.
 */
final class SubscriptionHub implements ChangePublisher {


    /** One live subscription of one connection. */
    record Subscriber(Object connection, String id, GraphQlEngine.SubscriptionRequest request, String callerOrgId,
                      Consumer<Map<String, Object>> sink) {
    }

    private final GraphQlEngine engine;
    private final GraphQlShapes shapes;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    SubscriptionHub(GraphQlEngine engine, GraphQlShapes shapes) {
        this.engine = engine;
        this.shapes = shapes;
    }

    void add(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    void remove(Object connection, String id) {
        subscribers.removeIf(s -> s.connection() == connection && (id == null || s.id().equals(id)));
    }

    int size() {
        return subscribers.size();
    }

    @Override
    public void leaveRequestChanged(LeaveRequestView request) {
        publish(AppSyncPublisher.REQUEST_MUTATION, "publishLeaveRequestChanged", "request",
                shapes.leaveRequest(request), "onLeaveRequestChanged", "LeaveRequest");
    }

    @Override
    public void balanceChanged(Balance balance) {
        publish(AppSyncPublisher.BALANCE_MUTATION, "publishBalanceChanged", "balance",
                shapes.balance(balance.orgId(), balance), "onBalanceChanged", "Balance");
    }

    @Override
    public void settingsChanged(String orgId, SettingsArea area) {
        publish(AppSyncPublisher.SETTINGS_MUTATION, "publishSettingsChanged", "change",
                Map.of("orgId", orgId, "area", area.name()), "onSettingsChanged", "SettingsChange");
    }

    /** The very mutation the cloud's publisher sends, so subscribers get exactly the fields AppSync would give. */
    private void publish(String document, String mutation, String variable, Map<String, Object> value,
                         String subscriptionField, String typeName) {
        if (subscribers.stream().noneMatch(s -> s.request().field().equals(subscriptionField))) {
            return;
        }
        Map<String, Object> result = engine.execute(document, Map.of(variable, value), null,
                AuthContext.iamPrincipal());
        if (result.containsKey("errors")) {
            throw new IllegalStateException("publish refused by the schema: " + result.get("errors"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> published = (Map<String, Object>) ((Map<String, Object>) result.get("data")).get(mutation);
        for (Subscriber subscriber : subscribers) {
            if (subscriber.request().field().equals(subscriptionField) && matches(subscriber, published)) {
                subscriber.sink().accept(Map.of(subscriptionField,
                        select(subscriber.request().selection(), published, typeName)));
            }
        }
    }

    private static boolean matches(Subscriber subscriber, Map<String, Object> published) {
        if (!Objects.equals(subscriber.callerOrgId(), published.get("orgId"))) {
            return false;
        }
        for (Map.Entry<String, Object> argument : subscriber.request().arguments().entrySet()) {
            if (argument.getValue() != null && !argument.getValue().equals(published.get(argument.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** What the subscriber selected of the published object, nested selections included. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> select(SelectionSet selection, Map<String, Object> published, String typeName) {
        Map<String, Object> selected = new LinkedHashMap<>();
        for (Field field : selection.getSelectionsOfType(Field.class)) {
            String key = field.getAlias() != null ? field.getAlias() : field.getName();
            Object value = "__typename".equals(field.getName()) ? typeName : published.get(field.getName());
            if (field.getSelectionSet() != null && value != null) {
                String nestedType = engine.fieldTypeName(typeName, field.getName());
                value = value instanceof List<?> list
                        ? list.stream().map(item -> select(field.getSelectionSet(), (Map<String, Object>) item,
                                nestedType)).toList()
                        : select(field.getSelectionSet(), (Map<String, Object>) value, nestedType);
            }
            selected.put(key, value);
        }
        return selected;
    }
}
