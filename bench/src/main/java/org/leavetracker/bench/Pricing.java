package org.leavetracker.bench;

/**
 * AWS list prices (us-east-1, on-demand, no free tier) and the usage assumptions that turn counted calls into a
 * monthly bill. Every number here is written down in docs/PERFORMANCE.md with its source.
 */
final class Pricing {

    // usage assumptions per person and month
    static final double REQUESTS_PER_PERSON = 1.5;     // about 18 leave requests a year, sick days included
    static final double VISITS_PER_PERSON = 20;        // app opened about once a working day
    static final double QUERIES_PER_VISIT = 4;         // me, balances, leaveRequests, teamCalendar
    static final double EXTRA_QUERIES_PER_REQUEST = 1; // the approver's pendingApprovals
    static final double ONLINE_SHARE = 0.25;           // share of people connected to the live updates at a time
    static final double BALANCE_SUBSCRIBERS = 1;        // a balance change reaches its owner's subscription
    static final int TEAM_SIZE = 12;                    // people who see a change when everyone watches their team
    static final double CONNECTED_MINUTES = 21 * 120;  // two hours a working day with the app open
    // Lambda duration model: compute plus one in-region DynamoDB round trip per call
    static final double LAMBDA_BASE_MS = 15;
    static final double DYNAMODB_CALL_MS = 6;
    static final double LAMBDA_GB = 1.0;               // 1,024 MB (decision 0010)
    static final double ALARMS = 16;

    // prices in USD
    static final double DYNAMODB_PER_MILLION_WRU = 0.625;
    static final double DYNAMODB_PER_MILLION_RRU = 0.125;
    static final double LAMBDA_PER_MILLION_REQUESTS = 0.20;
    static final double LAMBDA_PER_GB_SECOND_ARM = 0.0000133334;
    static final double EVENTBRIDGE_PER_MILLION = 1.00;
    static final double APPSYNC_PER_MILLION_OPERATIONS = 4.00;
    static final double APPSYNC_PER_MILLION_MESSAGES = 2.00;
    static final double APPSYNC_PER_MILLION_MINUTES = 0.08;
    static final double SES_PER_THOUSAND = 0.10;
    static final double ALARM_PER_MONTH = 0.10;

    private Pricing() {
    }

    /** @param watching the people one request change can reach: the organization, or a team */
    static String month(int people, CostModel.Usage perRequest, double visitCalls, double visitReadUnits,
                        int watching) {
        double requests = people * REQUESTS_PER_PERSON;
        double visits = people * VISITS_PER_PERSON;
        double resolverCalls = requests * (2 + EXTRA_QUERIES_PER_REQUEST) + visits * QUERIES_PER_VISIT;
        double events = requests * perRequest.events();

        double wru = requests * perRequest.writeUnits();
        double rru = requests * perRequest.readUnits() + visits * visitReadUnits;
        double dynamodb = wru / 1e6 * DYNAMODB_PER_MILLION_WRU + rru / 1e6 * DYNAMODB_PER_MILLION_RRU;

        double resolverSeconds = (resolverCalls * LAMBDA_BASE_MS + (requests * perRequest.writeSideCalls()
                + visits * visitCalls) * DYNAMODB_CALL_MS) / 1000;
        double pipelineInvocations = events * 3; // forwarder (sparse traffic: one batch per event), projection, notifier
        double pipelineSeconds = (pipelineInvocations * LAMBDA_BASE_MS
                + requests * perRequest.readSideCalls() * DYNAMODB_CALL_MS) / 1000;
        double invocations = resolverCalls + pipelineInvocations;
        double lambda = invocations / 1e6 * LAMBDA_PER_MILLION_REQUESTS
                + (resolverSeconds + pipelineSeconds) * LAMBDA_GB * LAMBDA_PER_GB_SECOND_ARM;

        double eventbridge = events / 1e6 * EVENTBRIDGE_PER_MILLION;
        double publishes = requests * (perRequest.requestPublishes() + perRequest.balancePublishes());
        double operations = resolverCalls + publishes;
        // a request change goes to everyone connected who watches it, a balance change to its owner
        double messages = requests * (perRequest.requestPublishes() * ONLINE_SHARE * watching
                + perRequest.balancePublishes() * BALANCE_SUBSCRIBERS);
        double minutes = people * CONNECTED_MINUTES;
        double appsync = operations / 1e6 * APPSYNC_PER_MILLION_OPERATIONS
                + messages / 1e6 * APPSYNC_PER_MILLION_MESSAGES + minutes / 1e6 * APPSYNC_PER_MILLION_MINUTES;
        double ses = requests * perRequest.mails() / 1000 * SES_PER_THOUSAND;
        double alarms = ALARMS * ALARM_PER_MONTH;
        double total = dynamodb + lambda + eventbridge + appsync + ses + alarms;
        return String.format("""
                %,d people a month: %,.0f leave requests, %,.0f visits, %,.0f events
                  DynamoDB    %,12.0f WRU %,12.0f RRU                       $%,9.2f
                  Lambda      %,12.0f invocations %,10.0f GB-s             $%,9.2f
                  EventBridge %,12.0f events                                $%,9.2f
                  AppSync     %,12.0f operations %,12.0f messages %,12.0f minutes  $%,9.2f
                  SES         %,12.0f e-mails                               $%,9.2f
                  CloudWatch  %,12.0f alarms                                $%,9.2f
                  total                                                          $%,9.2f  ($%.3f per person)""",
                people, requests, visits, events, wru, rru, dynamodb, invocations, resolverSeconds + pipelineSeconds,
                lambda, events, eventbridge, operations, messages, minutes, appsync, requests * perRequest.mails(),
                ses, ALARMS, alarms, total, total / people);
    }
}
