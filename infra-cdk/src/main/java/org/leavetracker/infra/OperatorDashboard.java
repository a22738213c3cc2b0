package org.leavetracker.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.appsync.GraphqlApi;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.constructs.Construct;

/**
 * The page an operator opens first (output {@code DashboardUrl}): the API's requests, errors and latency, each
 * function's errors, throttles and duration, the read side's lag, table throttles, and the web app's CloudFront
 * errors (from us-east-1, where CloudFront keeps its metrics). One row per question an operator asks.
 */
final class OperatorDashboard extends Construct {

    private final Dashboard dashboard;

    OperatorDashboard(Construct scope, String id, String namePrefix, GraphqlApi api, List<JavaFunction> functions,
                      List<TableV2> tables, Distribution distribution) {
        super(scope, id);
        this.dashboard = Dashboard.Builder.create(this, "Default").dashboardName(namePrefix + "operations").build();
        Map<String, String> apiId = Map.of("GraphQLAPIId", api.getApiId());
        dashboard.addWidgets(
                graph("API requests and errors", List.of(metric("AWS/AppSync", "Requests", apiId, "Sum"),
                        metric("AWS/AppSync", "4XXError", apiId, "Sum"),
                        metric("AWS/AppSync", "5XXError", apiId, "Sum"))),
                graph("API latency p50 / p99 (ms)", List.of(metric("AWS/AppSync", "Latency", apiId, "p50"),
                        metric("AWS/AppSync", "Latency", apiId, "p99"))),
                graph("Read side lag: stream iterator age (ms)", List.of(functions.stream()
                        .filter(f -> f.getNode().getId().equals("ForwarderFunction")).findFirst().orElseThrow()
                        .function().metric("IteratorAge", MetricOptions.builder().statistic("Maximum").build()))));
        dashboard.addWidgets(
                graph("Function errors", each(functions, f -> f.function().metricErrors(sum()))),
                graph("Function throttles", each(functions, f -> f.function().metricThrottles(sum()))),
                graph("Function duration p99 (ms)", each(functions, f -> f.function().metricDuration(
                        MetricOptions.builder().statistic("p99").period(Duration.minutes(5)).build()))));
        List<IMetric> throttles = new ArrayList<>();
        for (TableV2 table : tables) {
            Map<String, String> name = Map.of("TableName", table.getTableName());
            throttles.add(metric("AWS/DynamoDB", "ReadThrottleEvents", name, "Sum"));
            throttles.add(metric("AWS/DynamoDB", "WriteThrottleEvents", name, "Sum"));
        }
        Map<String, String> web = Map.of("DistributionId", distribution.getDistributionId(), "Region", "Global");
        dashboard.addWidgets(graph("Table throttles", throttles),
                GraphWidget.Builder.create().title("Web app: CloudFront requests and 5xx rate").region("us-east-1")
                        .left(List.of(metric("AWS/CloudFront", "Requests", web, "Sum")))
                        .right(List.of(metric("AWS/CloudFront", "5xxErrorRate", web, "Average")))
                        .width(8).build());
    }

    /** The console address of the dashboard. */
    String url() {
        return "https://" + Aws.REGION + ".console.aws.amazon.com/cloudwatch/home?region=" + Aws.REGION
                + "#dashboards:name=" + dashboard.getDashboardName();
    }

    private static IWidget graph(String title, List<? extends IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(List.copyOf(metrics)).width(8).build();
    }

    private static List<IMetric> each(List<JavaFunction> functions,
                                      java.util.function.Function<JavaFunction, IMetric> metric) {
        return functions.stream().map(metric).toList();
    }

    private static MetricOptions sum() {
        return MetricOptions.builder().statistic("Sum").period(Duration.minutes(5)).build();
    }

    private static Metric metric(String namespace, String name, Map<String, String> dimensions, String statistic) {
        return Metric.Builder.create().namespace(namespace).metricName(name).dimensionsMap(dimensions)
                .statistic(statistic).period(Duration.minutes(5)).build();
    }
}
