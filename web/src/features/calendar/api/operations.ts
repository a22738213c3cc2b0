// The operations this feature sends.
import type * as G from '../../../api/generated';
import { op } from '../../../api/operation';

export const TeamCalendar = op<G.TeamCalendarQuery, G.TeamCalendarQueryVariables>(/* GraphQL */ `
  query TeamCalendar($from: AWSDate!, $to: AWSDate!, $locationId: ID, $teamId: ID) {
    teamCalendar(from: $from, to: $to, locationId: $locationId, teamId: $teamId) {
      requestId userId userName leaveTypeId startDate endDate halfDay status
    }
  }`);
