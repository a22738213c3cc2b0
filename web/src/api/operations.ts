// The operations the app shell and more than one feature send.
import type * as G from './generated';
import { op } from './operation';
import { BALANCE_FIELDS, ENTRY_FIELDS, REQUEST_FIELDS } from './fragments';

export const Me = op<G.MeQuery, G.MeQueryVariables>(/* GraphQL */ `
  query Me {
    me {
      id orgId name email role locationId approverIds workingDays hoursPerDay teamId employmentEndsOn language
      calendarEvents outOfOfficeReply
    }
    organization { id name defaultLanguage }
  }`);

/** The caller's own choices: language (null with clearLanguage: back to the browser's and the organization's), and
 * whether approved leave goes into their own calendar and out-of-office reply; a variable left out stays as it is. */
export const UpdateMyPreferences = op<G.UpdateMyPreferencesMutation, G.UpdateMyPreferencesMutationVariables>(/* GraphQL */ `
  mutation UpdateMyPreferences($language: String, $clearLanguage: Boolean, $calendarEvents: Boolean,
                               $outOfOfficeReply: Boolean) {
    updateMyPreferences(language: $language, clearLanguage: $clearLanguage, calendarEvents: $calendarEvents,
                        outOfOfficeReply: $outOfOfficeReply) { id language calendarEvents outOfOfficeReply }
  }`);

export const Directory = op<G.DirectoryQuery, G.DirectoryQueryVariables>(/* GraphQL */ `
  query Directory {
    organization { id name defaultLanguage retentionYears }
    users { id name email role locationId approverIds teamId employmentEndsOn erased }
    teams { id name managerIds memberCount }
    locations {
      id name timeZone holidayCalendar workingDays archived holidays { date name }
      workingWeeks { effectiveDate workingDays } optionalHolidays { date name } optionalHolidaysPerYear
    }
    leaveTypes { id name deductsFromAllowance requiresApproval allowHalfDays unit archived toil toilExpiryMonths
      countsCalendarDays maxConsecutiveDays minNoticeDays waitingPeriodDays maxBalanceDays }
  }`);

/** What a person whose employment ended may still read besides their own records (SPEC §3.8). */
export const FormerEmployee = op<G.FormerEmployeeQuery, G.FormerEmployeeQueryVariables>(/* GraphQL */ `
  query FormerEmployee {
    organization { id name defaultLanguage retentionYears }
    leaveTypes { id name deductsFromAllowance requiresApproval allowHalfDays unit archived toil toilExpiryMonths
      countsCalendarDays maxConsecutiveDays minNoticeDays waitingPeriodDays maxBalanceDays }
  }`);

export const Policies = op<G.PoliciesQuery, G.PoliciesQueryVariables>(/* GraphQL */ `
  query Policies($locationId: ID) {
    policies(locationId: $locationId) {
      id locationId leaveTypeId effectiveDate annualAllowanceDays accrual rolloverMaxDays rolloverExpiryMonths
      negativeBalanceAllowedDays tenureSteps { afterYears extraDays } encashableDays
    }
  }`);

export const Balances = op<G.BalancesQuery, G.BalancesQueryVariables>(/* GraphQL */ `
  query Balances($userId: ID, $year: Int!) {
    balances(userId: $userId, year: $year) { ...BalanceFields }
  }
  ${BALANCE_FIELDS}`);

export const MyHistory = op<G.MyHistoryQuery, G.MyHistoryQueryVariables>(/* GraphQL */ `
  query MyHistory($id: ID!) {
    history(aggregateId: $id) { ...EntryFields }
  }
  ${ENTRY_FIELDS}`);

export const OnLeaveRequestChanged = op<G.OnLeaveRequestChangedSubscription, G.OnLeaveRequestChangedSubscriptionVariables>(/* GraphQL */ `
  subscription OnLeaveRequestChanged($orgId: ID!) {
    onLeaveRequestChanged(orgId: $orgId) { ...RequestFields }
  }
  ${REQUEST_FIELDS}`);

export const OnBalanceChanged = op<G.OnBalanceChangedSubscription, G.OnBalanceChangedSubscriptionVariables>(/* GraphQL */ `
  subscription OnBalanceChanged($orgId: ID!, $userId: ID) {
    onBalanceChanged(orgId: $orgId, userId: $userId) { ...BalanceFields }
  }
  ${BALANCE_FIELDS}`);

export const OnSettingsChanged = op<G.OnSettingsChangedSubscription, G.OnSettingsChangedSubscriptionVariables>(/* GraphQL */ `
  subscription OnSettingsChanged($orgId: ID!) {
    onSettingsChanged(orgId: $orgId) { orgId area }
  }`);

// ---- set-up (admins) ----

/** Everything stored about a person (the caller when userId is left out) as one JSON file, by a short-lived link. */
export const ExportPersonalData = op<G.ExportPersonalDataMutation, G.ExportPersonalDataMutationVariables>(/* GraphQL */ `
  mutation ExportPersonalData($userId: ID) {
    exportPersonalData(userId: $userId) { url expiresAt eventCount requestCount }
  }`);
