// The operations this feature sends.
import type * as G from '../../../api/generated';
import { op } from '../../../api/operation';

export const DashboardCalendar = op<G.DashboardCalendarQuery, G.DashboardCalendarQueryVariables>(/* GraphQL */ `
  query DashboardCalendar($from: AWSDate!, $to: AWSDate!, $locationId: ID, $teamId: ID, $nextToken: String) {
    teamCalendarPage(from: $from, to: $to, locationId: $locationId, teamId: $teamId, limit: 1000, nextToken: $nextToken) {
      items { requestId userId userName leaveTypeId startDate endDate halfDay status teamId months { month amount } }
      nextToken
    }
  }`);

export const ExpiringBalances = op<G.ExpiringBalancesQuery, G.ExpiringBalancesQueryVariables>(/* GraphQL */ `
  query ExpiringBalances($locationId: ID, $teamId: ID, $nextToken: String) {
    expiringBalancesPage(locationId: $locationId, teamId: $teamId, limit: 100, nextToken: $nextToken) {
      items { userId userName leaveTypeId year expiresOn days }
      nextToken
    }
  }`);
