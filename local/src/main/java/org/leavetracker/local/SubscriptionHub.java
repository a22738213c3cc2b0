package org.leavetracker.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.leavetracker.adapters.graphql.GraphQlShapes;
import org.leavetracker.domain.balance.Balance;
import org.leavetracker.domain.readmodel.ChangePublisher;
import org.leavetracker.domain.usecase.LeaveRequestView;

/**
 * What AppSync does with a publish… mutation, locally: the projection's change goes through the schema's IAM-only
 * mutation (so its input is checked against the schema), and the mutation's result is sent to every subscriber of
 * the matching subscription whose arguments equal the result's fields — and only ever within the subscriber's own
 * organization, whatever arguments it sent.
 */
final class SubscriptionHub implements ChangePublisher {

    private static final String LEAVE_REQUEST_FIELDS =
            "id orgId userId leaveTypeId startDate endDate halfDay days status reason createdAt decidedBy";
    private static final String BALANCE_FIELDS = "orgId userId leaveTypeId year asOf carriedOver carriedOverExpiresOn"
            + " expired allowance accrued adjustments used pending remaining available";

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
        publish("publishLeaveRequestChanged", "request", "LeaveRequestPublication", LEAVE_REQUEST_FIELDS,
                shapes.leaveRequest(request), "onLeaveRequestChanged");
    }

    @Override
    public void balanceChanged(Balance balance) {
        publish("publishBalanceChanged", "balance", "BalancePublication", BALANCE_FIELDS,
                shapes.balance(balance.orgId(), balance), "onBalanceChanged");
    }

    private void publish(String mutation, String argument, String inputType, String fields,
                         Map<String, Object> value, String subscriptionField) {
        if (subscribers.stream().noneMatch(s -> s.request().field().equals(subscriptionField))) {
            return;
        }
        Map<String, Object> result = engine.execute("mutation Publish($v: " + inputType + "!) { " + mutation + "("
                + argument + ": $v) { " + fields + " } }", Map.of("v", value), null, AuthContext.iamPrincipal());
        if (result.containsKey("errors")) {
            throw new IllegalStateException("publish refused by the schema: " + result.get("errors"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> published = (Map<String, Object>) ((Map<String, Object>) result.get("data")).get(mutation);
        for (Subscriber subscriber : subscribers) {
            if (subscriber.request().field().equals(subscriptionField) && matches(subscriber, published)) {
                subscriber.sink().accept(Map.of(subscriptionField, select(subscriber, published)));
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

    private static Map<String, Object> select(Subscriber subscriber, Map<String, Object> published) {
        Map<String, Object> selected = new LinkedHashMap<>();
        subscriber.request().selection().forEach((alias, field) -> selected.put(alias, "__typename".equals(field)
                ? (published.containsKey("days") ? "LeaveRequest" : "Balance") : published.get(field)));
        return selected;
    }
}
