// The operations this feature sends.
import type * as G from '../../../api/generated';
import { op } from '../../../api/operation';
import { REQUEST_FIELDS } from '../../../api/fragments';

export const MyRequests = op<G.MyRequestsQuery, G.MyRequestsQueryVariables>(/* GraphQL */ `
  query MyRequests($userId: ID) {
    leaveRequests(userId: $userId) { ...RequestFields }
  }
  ${REQUEST_FIELDS}`);

export const PreviewLeaveRequest = op<G.PreviewLeaveRequestQuery, G.PreviewLeaveRequestQueryVariables>(/* GraphQL */ `
  query PreviewLeaveRequest($leaveTypeId: ID!, $startDate: AWSDate!, $endDate: AWSDate!, $halfDay: HalfDay,
                            $startTime: String, $endTime: String, $startHalf: HalfDay, $endHalf: HalfDay) {
    previewLeaveRequest(leaveTypeId: $leaveTypeId, startDate: $startDate, endDate: $endDate, halfDay: $halfDay,
                        startTime: $startTime, endTime: $endTime, startHalf: $startHalf, endHalf: $endHalf) {
      days unit status
      balances { year before { asOf available } after { asOf available } }
      refusal { errorType message details }
    }
  }`);

export const RequestLeave = op<G.RequestLeaveMutation, G.RequestLeaveMutationVariables>(/* GraphQL */ `
  mutation RequestLeave($leaveTypeId: ID!, $startDate: AWSDate!, $endDate: AWSDate!, $halfDay: HalfDay,
                        $reason: String, $clientRequestId: ID, $startTime: String, $endTime: String,
                        $startHalf: HalfDay, $endHalf: HalfDay) {
    requestLeave(leaveTypeId: $leaveTypeId, startDate: $startDate, endDate: $endDate, halfDay: $halfDay,
                 reason: $reason, clientRequestId: $clientRequestId, startTime: $startTime, endTime: $endTime,
                 startHalf: $startHalf, endHalf: $endHalf) {
      ...RequestFields
    }
  }
  ${REQUEST_FIELDS}`);

export const CancelLeave = op<G.CancelLeaveMutation, G.CancelLeaveMutationVariables>(/* GraphQL */ `
  mutation CancelLeave($requestId: ID!) {
    cancelLeave(requestId: $requestId) { ...RequestFields }
  }
  ${REQUEST_FIELDS}`);

export const RotateCalendarToken = op<G.RotateCalendarTokenMutation, G.RotateCalendarTokenMutationVariables>(/* GraphQL */ `
  mutation RotateCalendarToken {
    rotateCalendarToken { userFeedUrl teamFeedUrl issuedAt }
  }`);

const OPTIONAL_HOLIDAY_FIELDS = /* GraphQL */ `
  fragment OptionalHolidayFields on OptionalHolidays { year perYear chosen holidays { date name chosen } }`;

export const OptionalHolidays = op<G.OptionalHolidaysQuery, G.OptionalHolidaysQueryVariables>(/* GraphQL */ `
  query OptionalHolidays($year: Int!) { optionalHolidays(year: $year) { ...OptionalHolidayFields } }
  ${OPTIONAL_HOLIDAY_FIELDS}`);

export const ChooseOptionalHoliday = op<G.ChooseOptionalHolidayMutation, G.ChooseOptionalHolidayMutationVariables>(/* GraphQL */ `
  mutation ChooseOptionalHoliday($date: AWSDate!) { chooseOptionalHoliday(date: $date) { ...OptionalHolidayFields } }
  ${OPTIONAL_HOLIDAY_FIELDS}`);

export const UnchooseOptionalHoliday = op<G.UnchooseOptionalHolidayMutation, G.UnchooseOptionalHolidayMutationVariables>(/* GraphQL */ `
  mutation UnchooseOptionalHoliday($date: AWSDate!) {
    unchooseOptionalHoliday(date: $date) { ...OptionalHolidayFields }
  }
  ${OPTIONAL_HOLIDAY_FIELDS}`);
