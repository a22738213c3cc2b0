// The operations this feature sends.
import type * as G from '../../../api/generated';
import { op } from '../../../api/operation';

export const PublicHolidays = op<G.PublicHolidaysQuery, G.PublicHolidaysQueryVariables>(/* GraphQL */ `
  query PublicHolidays($holidayCalendar: String!, $year: Int!, $language: String) {
    publicHolidays(holidayCalendar: $holidayCalendar, year: $year, language: $language) { date name }
  }`);

export const HolidayCalendars = op<G.HolidayCalendarsQuery, G.HolidayCalendarsQueryVariables>(/* GraphQL */ `
  query HolidayCalendars($language: String) {
    holidayCalendars(language: $language) { code name }
  }`);

export const CreateLocation = op<G.CreateLocationMutation, G.CreateLocationMutationVariables>(/* GraphQL */ `
  mutation CreateLocation($name: String!, $timeZone: String!, $holidayCalendar: String!, $workingDays: [DayOfWeek!]!) {
    createLocation(name: $name, timeZone: $timeZone, holidayCalendar: $holidayCalendar, workingDays: $workingDays) {
      id name timeZone
    }
  }`);

export const CreateLeaveType = op<G.CreateLeaveTypeMutation, G.CreateLeaveTypeMutationVariables>(/* GraphQL */ `
  mutation CreateLeaveType($name: String!, $deductsFromAllowance: Boolean!, $requiresApproval: Boolean!,
                           $allowHalfDays: Boolean!, $unit: LeaveUnit) {
    createLeaveType(name: $name, deductsFromAllowance: $deductsFromAllowance, requiresApproval: $requiresApproval,
                    allowHalfDays: $allowHalfDays, unit: $unit) { id name }
  }`);

export const SetLeavePolicy = op<G.SetLeavePolicyMutation, G.SetLeavePolicyMutationVariables>(/* GraphQL */ `
  mutation SetLeavePolicy($locationId: ID!, $leaveTypeId: ID!, $effectiveDate: AWSDate!, $annualAllowanceDays: Float!,
                          $accrual: Accrual!, $rolloverMaxDays: Float, $rolloverExpiryMonths: Int,
                          $negativeBalanceAllowedDays: Float, $tenureSteps: [TenureStepInput!],
                          $encashableDays: Float) {
    setLeavePolicy(locationId: $locationId, leaveTypeId: $leaveTypeId, effectiveDate: $effectiveDate,
                   annualAllowanceDays: $annualAllowanceDays, accrual: $accrual, rolloverMaxDays: $rolloverMaxDays,
                   rolloverExpiryMonths: $rolloverExpiryMonths,
                   negativeBalanceAllowedDays: $negativeBalanceAllowedDays, tenureSteps: $tenureSteps,
                   encashableDays: $encashableDays) { id }
  }`);

/** Years after their last day leavers' personal data is erased; null keeps it until an admin erases it. */
export const SetRetention = op<G.SetRetentionMutation, G.SetRetentionMutationVariables>(/* GraphQL */ `
  mutation SetRetention($retentionYears: Int) { setRetention(retentionYears: $retentionYears) { id retentionYears } }`);

export const UpdateOrganization = op<G.UpdateOrganizationMutation, G.UpdateOrganizationMutationVariables>(/* GraphQL */ `
  mutation UpdateOrganization($name: String, $defaultLanguage: String) {
    updateOrganization(name: $name, defaultLanguage: $defaultLanguage) { id name defaultLanguage }
  }`);

export const UpdateLocation = op<G.UpdateLocationMutation, G.UpdateLocationMutationVariables>(/* GraphQL */ `
  mutation UpdateLocation($locationId: ID!, $name: String, $timeZone: String, $holidayCalendar: String,
                          $optionalHolidaysPerYear: Int) {
    updateLocation(locationId: $locationId, name: $name, timeZone: $timeZone, holidayCalendar: $holidayCalendar,
                   optionalHolidaysPerYear: $optionalHolidaysPerYear) {
      id name timeZone holidayCalendar optionalHolidaysPerYear
    }
  }`);

export const SetLocationWorkingWeek = op<G.SetLocationWorkingWeekMutation, G.SetLocationWorkingWeekMutationVariables>(/* GraphQL */ `
  mutation SetLocationWorkingWeek($locationId: ID!, $workingDays: [DayOfWeek!]!, $effectiveDate: AWSDate!) {
    setLocationWorkingWeek(locationId: $locationId, workingDays: $workingDays, effectiveDate: $effectiveDate) {
      id workingWeeks { effectiveDate workingDays }
    }
  }`);

export const ArchiveLocation = op<G.ArchiveLocationMutation, G.ArchiveLocationMutationVariables>(/* GraphQL */ `
  mutation ArchiveLocation($locationId: ID!) { archiveLocation(locationId: $locationId) { id archived } }`);

export const AddHoliday = op<G.AddHolidayMutation, G.AddHolidayMutationVariables>(/* GraphQL */ `
  mutation AddHoliday($locationId: ID!, $date: AWSDate!, $name: String!, $optional: Boolean) {
    addHoliday(locationId: $locationId, date: $date, name: $name, optional: $optional) {
      id holidays { date name } optionalHolidays { date name }
    }
  }`);

export const RemoveHoliday = op<G.RemoveHolidayMutation, G.RemoveHolidayMutationVariables>(/* GraphQL */ `
  mutation RemoveHoliday($locationId: ID!, $date: AWSDate!) {
    removeHoliday(locationId: $locationId, date: $date) { id holidays { date name } optionalHolidays { date name } }
  }`);

export const UpdateLeaveType = op<G.UpdateLeaveTypeMutation, G.UpdateLeaveTypeMutationVariables>(/* GraphQL */ `
  mutation UpdateLeaveType($leaveTypeId: ID!, $name: String, $requiresApproval: Boolean, $allowHalfDays: Boolean,
                           $countsCalendarDays: Boolean, $maxConsecutiveDays: Int, $minNoticeDays: Int,
                           $waitingPeriodDays: Int, $maxBalanceDays: Float) {
    updateLeaveType(leaveTypeId: $leaveTypeId, name: $name, requiresApproval: $requiresApproval,
                    allowHalfDays: $allowHalfDays, countsCalendarDays: $countsCalendarDays,
                    maxConsecutiveDays: $maxConsecutiveDays, minNoticeDays: $minNoticeDays,
                    waitingPeriodDays: $waitingPeriodDays, maxBalanceDays: $maxBalanceDays) {
      id name requiresApproval allowHalfDays countsCalendarDays maxConsecutiveDays minNoticeDays waitingPeriodDays
      maxBalanceDays
    }
  }`);

export const ArchiveLeaveType = op<G.ArchiveLeaveTypeMutation, G.ArchiveLeaveTypeMutationVariables>(/* GraphQL */ `
  mutation ArchiveLeaveType($leaveTypeId: ID!) { archiveLeaveType(leaveTypeId: $leaveTypeId) { id archived } }`);

export const RemoveLeavePolicy = op<G.RemoveLeavePolicyMutation, G.RemoveLeavePolicyMutationVariables>(/* GraphQL */ `
  mutation RemoveLeavePolicy($locationId: ID!, $leaveTypeId: ID!, $effectiveDate: AWSDate!) {
    removeLeavePolicy(locationId: $locationId, leaveTypeId: $leaveTypeId, effectiveDate: $effectiveDate) { id }
  }`);

export const CreateTeam = op<G.CreateTeamMutation, G.CreateTeamMutationVariables>(/* GraphQL */ `
  mutation CreateTeam($name: String!) { createTeam(name: $name) { id name } }`);

export const RenameTeam = op<G.RenameTeamMutation, G.RenameTeamMutationVariables>(/* GraphQL */ `
  mutation RenameTeam($teamId: ID!, $name: String!) { renameTeam(teamId: $teamId, name: $name) { id name } }`);

export const SetTeamManagers = op<G.SetTeamManagersMutation, G.SetTeamManagersMutationVariables>(/* GraphQL */ `
  mutation SetTeamManagers($teamId: ID!, $managerIds: [ID!]!) {
    setTeamManagers(teamId: $teamId, managerIds: $managerIds) { id managerIds }
  }`);

export const WorkflowSettings = op<G.WorkflowSettingsQuery, G.WorkflowSettingsQueryVariables>(/* GraphQL */ `
  query WorkflowSettings {
    blackoutPeriods { id locationId from to leaveTypeIds mode }
    approverGroups { id name memberIds }
    leaveTypes { id approvalLevels { kind groupId } }
  }`);

export const AddBlackoutPeriod = op<G.AddBlackoutPeriodMutation, G.AddBlackoutPeriodMutationVariables>(/* GraphQL */ `
  mutation AddBlackoutPeriod($locationId: ID, $from: AWSDate!, $to: AWSDate!, $leaveTypeIds: [ID!], $mode: BlackoutMode!) {
    addBlackoutPeriod(locationId: $locationId, from: $from, to: $to, leaveTypeIds: $leaveTypeIds, mode: $mode) { id }
  }`);

export const RemoveBlackoutPeriod = op<G.RemoveBlackoutPeriodMutation, G.RemoveBlackoutPeriodMutationVariables>(/* GraphQL */ `
  mutation RemoveBlackoutPeriod($blackoutId: ID!) { removeBlackoutPeriod(blackoutId: $blackoutId) { id } }`);

export const SetApproverGroup = op<G.SetApproverGroupMutation, G.SetApproverGroupMutationVariables>(/* GraphQL */ `
  mutation SetApproverGroup($name: String!, $memberIds: [ID!]!) {
    setApproverGroup(name: $name, memberIds: $memberIds) { id name memberIds }
  }`);

export const RemoveApproverGroup = op<G.RemoveApproverGroupMutation, G.RemoveApproverGroupMutationVariables>(/* GraphQL */ `
  mutation RemoveApproverGroup($groupId: ID!) { removeApproverGroup(groupId: $groupId) { id } }`);

export const SetApprovalChain = op<G.SetApprovalChainMutation, G.SetApprovalChainMutationVariables>(/* GraphQL */ `
  mutation SetApprovalChain($leaveTypeId: ID!, $levels: [ApprovalLevelInput!]!) {
    setApprovalChain(leaveTypeId: $leaveTypeId, levels: $levels) { id approvalLevels { kind groupId } }
  }`);

export const ExportLeaveReport = op<G.ExportLeaveReportMutation, G.ExportLeaveReportMutationVariables>(/* GraphQL */ `
  mutation ExportLeaveReport($from: AWSDate!, $to: AWSDate!, $locationId: ID, $teamId: ID) {
    exportLeaveReport(from: $from, to: $to, locationId: $locationId, teamId: $teamId) {
      downloadUrl expiresAt requestCount balanceCount
    }
  }`);

// ---- time off in lieu and webhooks ----

export const SetToil = op<G.SetToilMutation, G.SetToilMutationVariables>(/* GraphQL */ `
  mutation SetToil($leaveTypeId: ID!, $expiryMonths: Int) {
    setToil(leaveTypeId: $leaveTypeId, expiryMonths: $expiryMonths) { id toil toilExpiryMonths }
  }`);

export const Webhooks = op<G.WebhooksQuery, G.WebhooksQueryVariables>(/* GraphQL */ `
  query Webhooks {
    webhooks { id url eventTypes createdAt }
    webhookEventTypes
  }`);

export const WebhookDeliveries = op<G.WebhookDeliveriesQuery, G.WebhookDeliveriesQueryVariables>(/* GraphQL */ `
  query WebhookDeliveries($webhookId: ID!, $nextToken: String) {
    webhookDeliveriesPage(webhookId: $webhookId, limit: 20, nextToken: $nextToken) {
      items { eventId eventType attempt statusCode succeeded error at } nextToken
    }
  }`);

export const RegisterWebhook = op<G.RegisterWebhookMutation, G.RegisterWebhookMutationVariables>(/* GraphQL */ `
  mutation RegisterWebhook($url: String!, $eventTypes: [String!]!) {
    registerWebhook(url: $url, eventTypes: $eventTypes) { webhook { id } secret }
  }`);

export const RemoveWebhook = op<G.RemoveWebhookMutation, G.RemoveWebhookMutationVariables>(/* GraphQL */ `
  mutation RemoveWebhook($webhookId: ID!) { removeWebhook(webhookId: $webhookId) { id } }`);

export const Provisioning = op<G.ProvisioningQuery, G.ProvisioningQueryVariables>(/* GraphQL */ `
  query Provisioning {
    provisioningSettings { scimUrl defaultLocationId locationAttribute startDateAttribute createsTeams }
    scimTokens { id label createdAt }
  }`);

export const CreateScimToken = op<G.CreateScimTokenMutation, G.CreateScimTokenMutationVariables>(/* GraphQL */ `
  mutation CreateScimToken($label: String!) {
    createScimToken(label: $label) { token { id label createdAt } secret }
  }`);

export const RevokeScimToken = op<G.RevokeScimTokenMutation, G.RevokeScimTokenMutationVariables>(/* GraphQL */ `
  mutation RevokeScimToken($tokenId: ID!) {
    revokeScimToken(tokenId: $tokenId) { id }
  }`);

export const SetProvisioningSettings = op<G.SetProvisioningSettingsMutation, G.SetProvisioningSettingsMutationVariables>(/* GraphQL */ `
  mutation SetProvisioningSettings($defaultLocationId: ID, $locationAttribute: String, $startDateAttribute: String,
                                  $createsTeams: Boolean!) {
    setProvisioningSettings(defaultLocationId: $defaultLocationId, locationAttribute: $locationAttribute,
                            startDateAttribute: $startDateAttribute, createsTeams: $createsTeams) {
      scimUrl defaultLocationId locationAttribute startDateAttribute createsTeams
    }
  }`);

// ---- calendars and out-of-office (SPEC §8) ----

export const Calendars = op<G.CalendarsQuery, G.CalendarsQueryVariables>(/* GraphQL */ `
  query Calendars {
    calendarConnection { provider replyTemplate connectedAt }
    calendarDeliveries { requestId mailbox action attempt statusCode succeeded error at }
  }`);

export const ConnectCalendarProvider = op<G.ConnectCalendarProviderMutation, G.ConnectCalendarProviderMutationVariables>(/* GraphQL */ `
  mutation ConnectCalendarProvider($provider: CalendarProvider!, $credentials: String!, $replyTemplate: String) {
    connectCalendarProvider(provider: $provider, credentials: $credentials, replyTemplate: $replyTemplate) {
      provider replyTemplate connectedAt
    }
  }`);

export const TestCalendarConnection = op<G.TestCalendarConnectionMutation, G.TestCalendarConnectionMutationVariables>(/* GraphQL */ `
  mutation TestCalendarConnection { testCalendarConnection { mailbox ok problems } }`);

export const DisconnectCalendarProvider = op<G.DisconnectCalendarProviderMutation, G.DisconnectCalendarProviderMutationVariables>(/* GraphQL */ `
  mutation DisconnectCalendarProvider { disconnectCalendarProvider }`);
