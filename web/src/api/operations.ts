// Every operation the web app sends. graphql-codegen reads this file and types each one from the schema
// (./generated.ts): a field the schema drops or renames breaks `npm run build`, and so the Maven build.
import type * as G from './generated';

/** An operation's text, branded with its result and variables types. */
export type Operation<Result, Variables> = string & { readonly __types?: [Result, Variables] };
const op = <Result, Variables>(text: string) => text as Operation<Result, Variables>;

const REQUEST_FIELDS = /* GraphQL */ `
  fragment RequestFields on LeaveRequest {
  id orgId userId leaveTypeId startDate endDate halfDay days unit status reason createdAt decidedBy decisionNote
  startTime endTime
  approvals { level kind groupId status decidedBy onBehalfOf decidedAt }
  }`;

const BALANCE_FIELDS = /* GraphQL */ `
  fragment BalanceFields on Balance {
  userId leaveTypeId year asOf carriedOver carriedOverExpiresOn expired allowance accrued adjustments overtime
  used pending remaining available unit
  }`;

export const Me = op<G.MeQuery, G.MeQueryVariables>(/* GraphQL */ `
  query Me {
    me { id orgId name email role locationId approverIds workingDays hoursPerDay teamId employmentEndsOn }
    organization { id name }
  }`);

export const Directory = op<G.DirectoryQuery, G.DirectoryQueryVariables>(/* GraphQL */ `
  query Directory {
    organization { id name }
    users { id name email role locationId approverIds teamId employmentEndsOn }
    teams { id name managerIds memberCount }
    locations {
      id name timeZone holidayCalendar workingDays archived holidays { date name }
      workingWeeks { effectiveDate workingDays }
    }
    leaveTypes { id name deductsFromAllowance requiresApproval allowHalfDays unit archived toil toilExpiryMonths }
  }`);

/** What a person whose employment ended may still read besides their own records (SPEC §3.8). */
export const FormerEmployee = op<G.FormerEmployeeQuery, G.FormerEmployeeQueryVariables>(/* GraphQL */ `
  query FormerEmployee {
    organization { id name }
    leaveTypes { id name deductsFromAllowance requiresApproval allowHalfDays unit archived toil toilExpiryMonths }
  }`);

export const Policies = op<G.PoliciesQuery, G.PoliciesQueryVariables>(/* GraphQL */ `
  query Policies($locationId: ID) {
    policies(locationId: $locationId) {
      id locationId leaveTypeId effectiveDate annualAllowanceDays accrual rolloverMaxDays rolloverExpiryMonths
      negativeBalanceAllowedDays
    }
  }`);

export const Balances = op<G.BalancesQuery, G.BalancesQueryVariables>(/* GraphQL */ `
  query Balances($userId: ID, $year: Int!) {
    balances(userId: $userId, year: $year) { ...BalanceFields }
  }
  ${BALANCE_FIELDS}`);

export const Decisions = op<G.DecisionsQuery, G.DecisionsQueryVariables>(/* GraphQL */ `
  query Decisions($limit: Int, $nextToken: String) {
    decisionsPage(limit: $limit, nextToken: $nextToken) { items { ...RequestFields } nextToken }
  }
  ${REQUEST_FIELDS}`);

export const MyRequests = op<G.MyRequestsQuery, G.MyRequestsQueryVariables>(/* GraphQL */ `
  query MyRequests($userId: ID) {
    leaveRequests(userId: $userId) { ...RequestFields }
  }
  ${REQUEST_FIELDS}`);

/** An audit-trail entry as people read it: its kind and figures, never the stored event's form. */
const ENTRY_FIELDS = /* GraphQL */ `
  fragment EntryFields on DomainEvent {
    version occurredAt actorId
    entry {
      kind requestId leaveTypeId locationId teamId personId from to days year level role name email text
      workingDays timeZone holidayCalendar
    }
  }`;

export const MyHistory = op<G.MyHistoryQuery, G.MyHistoryQueryVariables>(/* GraphQL */ `
  query MyHistory($id: ID!) {
    history(aggregateId: $id) { ...EntryFields }
  }
  ${ENTRY_FIELDS}`);

export const PendingApprovals = op<G.PendingApprovalsQuery, G.PendingApprovalsQueryVariables>(/* GraphQL */ `
  query PendingApprovals {
    pendingApprovals { ...RequestFields }
  }
  ${REQUEST_FIELDS}`);

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

export const TeamCalendar = op<G.TeamCalendarQuery, G.TeamCalendarQueryVariables>(/* GraphQL */ `
  query TeamCalendar($from: AWSDate!, $to: AWSDate!, $locationId: ID, $teamId: ID) {
    teamCalendar(from: $from, to: $to, locationId: $locationId, teamId: $teamId) {
      requestId userId userName leaveTypeId startDate endDate halfDay status
    }
  }`);

export const PreviewLeaveRequest = op<G.PreviewLeaveRequestQuery, G.PreviewLeaveRequestQueryVariables>(/* GraphQL */ `
  query PreviewLeaveRequest($leaveTypeId: ID!, $startDate: AWSDate!, $endDate: AWSDate!, $halfDay: HalfDay,
                            $startTime: String, $endTime: String) {
    previewLeaveRequest(leaveTypeId: $leaveTypeId, startDate: $startDate, endDate: $endDate, halfDay: $halfDay,
                        startTime: $startTime, endTime: $endTime) {
      days unit status
      balances { year before { asOf available } after { asOf available } }
      refusal { errorType message details }
    }
  }`);

export const CreateOrganization = op<G.CreateOrganizationMutation, G.CreateOrganizationMutationVariables>(/* GraphQL */ `
  mutation CreateOrganization($name: String!) {
    createOrganization(name: $name) { id name }
  }`);

export const RequestLeave = op<G.RequestLeaveMutation, G.RequestLeaveMutationVariables>(/* GraphQL */ `
  mutation RequestLeave($leaveTypeId: ID!, $startDate: AWSDate!, $endDate: AWSDate!, $halfDay: HalfDay,
                        $reason: String, $clientRequestId: ID, $startTime: String, $endTime: String) {
    requestLeave(leaveTypeId: $leaveTypeId, startDate: $startDate, endDate: $endDate, halfDay: $halfDay,
                 reason: $reason, clientRequestId: $clientRequestId, startTime: $startTime, endTime: $endTime) {
      ...RequestFields
    }
  }
  ${REQUEST_FIELDS}`);

export const ApproveLeave = op<G.ApproveLeaveMutation, G.ApproveLeaveMutationVariables>(/* GraphQL */ `
  mutation ApproveLeave($requestId: ID!, $note: String) {
    approveLeave(requestId: $requestId, note: $note) { ...RequestFields }
  }
  ${REQUEST_FIELDS}`);

export const DenyLeave = op<G.DenyLeaveMutation, G.DenyLeaveMutationVariables>(/* GraphQL */ `
  mutation DenyLeave($requestId: ID!, $reason: String) {
    denyLeave(requestId: $requestId, reason: $reason) { ...RequestFields }
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

export const PublicHolidays = op<G.PublicHolidaysQuery, G.PublicHolidaysQueryVariables>(/* GraphQL */ `
  query PublicHolidays($holidayCalendar: String!, $year: Int!) {
    publicHolidays(holidayCalendar: $holidayCalendar, year: $year) { date name }
  }`);

export const HolidayCalendars = op<G.HolidayCalendarsQuery, G.HolidayCalendarsQueryVariables>(/* GraphQL */ `
  query HolidayCalendars {
    holidayCalendars { code name }
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
                          $negativeBalanceAllowedDays: Float) {
    setLeavePolicy(locationId: $locationId, leaveTypeId: $leaveTypeId, effectiveDate: $effectiveDate,
                   annualAllowanceDays: $annualAllowanceDays, accrual: $accrual, rolloverMaxDays: $rolloverMaxDays,
                   rolloverExpiryMonths: $rolloverExpiryMonths,
                   negativeBalanceAllowedDays: $negativeBalanceAllowedDays) { id }
  }`);

export const AddUser = op<G.AddUserMutation, G.AddUserMutationVariables>(/* GraphQL */ `
  mutation AddUser($email: AWSEmail!, $name: String!, $role: Role!) {
    addUser(email: $email, name: $name, role: $role) { id }
  }`);

export const PreviewAllowances = op<G.PreviewAllowancesQuery, G.PreviewAllowancesQueryVariables>(/* GraphQL */ `
  query PreviewAllowances($userId: ID, $locationId: ID!, $effectiveDate: AWSDate!) {
    previewAllowances(userId: $userId, locationId: $locationId, effectiveDate: $effectiveDate) {
      leaveTypeId year allowance unit }
  }`);

export const ChangeUserRole = op<G.ChangeUserRoleMutation, G.ChangeUserRoleMutationVariables>(/* GraphQL */ `
  mutation ChangeUserRole($userId: ID!, $role: Role!) { changeUserRole(userId: $userId, role: $role) { id role } }`);

export const AssignApprover = op<G.AssignApproverMutation, G.AssignApproverMutationVariables>(/* GraphQL */ `
  mutation AssignApprover($userId: ID!, $approverId: ID!) {
    assignApprover(userId: $userId, approverId: $approverId) { id approverIds }
  }`);

export const MoveUserToLocation = op<G.MoveUserToLocationMutation, G.MoveUserToLocationMutationVariables>(/* GraphQL */ `
  mutation MoveUserToLocation($userId: ID!, $locationId: ID!, $effectiveDate: AWSDate!) {
    moveUserToLocation(userId: $userId, locationId: $locationId, effectiveDate: $effectiveDate) { id locationId }
  }`);

export const PersonTrail = op<G.PersonTrailQuery, G.PersonTrailQueryVariables>(/* GraphQL */ `
  query PersonTrail($userId: ID!) {
    history(aggregateId: $userId) { ...EntryFields }
    leaveRequests(userId: $userId) { id days unit }
  }
  ${ENTRY_FIELDS}`);

export const AdjustBalance = op<G.AdjustBalanceMutation, G.AdjustBalanceMutationVariables>(/* GraphQL */ `
  mutation AdjustBalance($userId: ID!, $leaveTypeId: ID!, $year: Int!, $days: Float!, $note: String!) {
    adjustBalance(userId: $userId, leaveTypeId: $leaveTypeId, year: $year, days: $days, note: $note) { available }
  }`);

export const AddPastLeave = op<G.AddPastLeaveMutation, G.AddPastLeaveMutationVariables>(/* GraphQL */ `
  mutation AddPastLeave($userId: ID!, $leaveTypeId: ID!, $startDate: AWSDate!, $endDate: AWSDate!, $reason: String) {
    addPastLeave(userId: $userId, leaveTypeId: $leaveTypeId, startDate: $startDate, endDate: $endDate,
                 reason: $reason) { id days unit }
  }`);

// ---- corrections (SPEC §4 "Corrections"): each answers what it changed; the directory follows live ----

export const UpdateOrganization = op<G.UpdateOrganizationMutation, G.UpdateOrganizationMutationVariables>(/* GraphQL */ `
  mutation UpdateOrganization($name: String!) { updateOrganization(name: $name) { id name } }`);

export const UpdateLocation = op<G.UpdateLocationMutation, G.UpdateLocationMutationVariables>(/* GraphQL */ `
  mutation UpdateLocation($locationId: ID!, $name: String, $timeZone: String, $holidayCalendar: String) {
    updateLocation(locationId: $locationId, name: $name, timeZone: $timeZone, holidayCalendar: $holidayCalendar) {
      id name timeZone holidayCalendar
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
  mutation AddHoliday($locationId: ID!, $date: AWSDate!, $name: String!) {
    addHoliday(locationId: $locationId, date: $date, name: $name) { id holidays { date name } }
  }`);

export const RemoveHoliday = op<G.RemoveHolidayMutation, G.RemoveHolidayMutationVariables>(/* GraphQL */ `
  mutation RemoveHoliday($locationId: ID!, $date: AWSDate!) {
    removeHoliday(locationId: $locationId, date: $date) { id holidays { date name } }
  }`);

export const UpdateLeaveType = op<G.UpdateLeaveTypeMutation, G.UpdateLeaveTypeMutationVariables>(/* GraphQL */ `
  mutation UpdateLeaveType($leaveTypeId: ID!, $name: String, $requiresApproval: Boolean, $allowHalfDays: Boolean) {
    updateLeaveType(leaveTypeId: $leaveTypeId, name: $name, requiresApproval: $requiresApproval,
                    allowHalfDays: $allowHalfDays) { id name requiresApproval allowHalfDays }
  }`);

export const ArchiveLeaveType = op<G.ArchiveLeaveTypeMutation, G.ArchiveLeaveTypeMutationVariables>(/* GraphQL */ `
  mutation ArchiveLeaveType($leaveTypeId: ID!) { archiveLeaveType(leaveTypeId: $leaveTypeId) { id archived } }`);

export const RemoveLeavePolicy = op<G.RemoveLeavePolicyMutation, G.RemoveLeavePolicyMutationVariables>(/* GraphQL */ `
  mutation RemoveLeavePolicy($locationId: ID!, $leaveTypeId: ID!, $effectiveDate: AWSDate!) {
    removeLeavePolicy(locationId: $locationId, leaveTypeId: $leaveTypeId, effectiveDate: $effectiveDate) { id }
  }`);

export const UpdateUser = op<G.UpdateUserMutation, G.UpdateUserMutationVariables>(/* GraphQL */ `
  mutation UpdateUser($userId: ID!, $name: String, $email: AWSEmail) {
    updateUser(userId: $userId, name: $name, email: $email) { id name email }
  }`);

export const RemoveApprover = op<G.RemoveApproverMutation, G.RemoveApproverMutationVariables>(/* GraphQL */ `
  mutation RemoveApprover($userId: ID!, $approverId: ID!) {
    removeApprover(userId: $userId, approverId: $approverId) { id approverIds }
  }`);

// ---- teams and leavers (SPEC §3.8) ----

export const CreateTeam = op<G.CreateTeamMutation, G.CreateTeamMutationVariables>(/* GraphQL */ `
  mutation CreateTeam($name: String!) { createTeam(name: $name) { id name } }`);

export const RenameTeam = op<G.RenameTeamMutation, G.RenameTeamMutationVariables>(/* GraphQL */ `
  mutation RenameTeam($teamId: ID!, $name: String!) { renameTeam(teamId: $teamId, name: $name) { id name } }`);

export const SetTeamManagers = op<G.SetTeamManagersMutation, G.SetTeamManagersMutationVariables>(/* GraphQL */ `
  mutation SetTeamManagers($teamId: ID!, $managerIds: [ID!]!) {
    setTeamManagers(teamId: $teamId, managerIds: $managerIds) { id managerIds }
  }`);

export const MoveUserToTeam = op<G.MoveUserToTeamMutation, G.MoveUserToTeamMutationVariables>(/* GraphQL */ `
  mutation MoveUserToTeam($userId: ID!, $teamId: ID, $effectiveDate: AWSDate!) {
    moveUserToTeam(userId: $userId, teamId: $teamId, effectiveDate: $effectiveDate) { id teamId }
  }`);

export const EndEmployment = op<G.EndEmploymentMutation, G.EndEmploymentMutationVariables>(/* GraphQL */ `
  mutation EndEmployment($userId: ID!, $lastDay: AWSDate!) {
    endEmployment(userId: $userId, lastDay: $lastDay) { id employmentEndsOn }
  }`);

export const UndoEndEmployment = op<G.UndoEndEmploymentMutation, G.UndoEndEmploymentMutationVariables>(/* GraphQL */ `
  mutation UndoEndEmployment($userId: ID!) { undoEndEmployment(userId: $userId) { id employmentEndsOn } }`);

export const ReleaseSignIn = op<G.ReleaseSignInMutation, G.ReleaseSignInMutationVariables>(/* GraphQL */ `
  mutation ReleaseSignIn($userId: ID!) { releaseSignIn(userId: $userId) { id } }`);

// ---- workflow settings and reports ----

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

export const RecordOvertime = op<G.RecordOvertimeMutation, G.RecordOvertimeMutationVariables>(/* GraphQL */ `
  mutation RecordOvertime($userId: ID!, $date: AWSDate!, $days: Float!, $leaveTypeId: ID, $note: String) {
    recordOvertime(userId: $userId, date: $date, days: $days, leaveTypeId: $leaveTypeId, note: $note) { available }
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

export const SetWorkingWeek = op<G.SetWorkingWeekMutation, G.SetWorkingWeekMutationVariables>(/* GraphQL */ `
  mutation SetWorkingWeek($userId: ID!, $workingDays: [DayOfWeek!]!, $effectiveDate: AWSDate!) {
    setWorkingWeek(userId: $userId, workingDays: $workingDays, effectiveDate: $effectiveDate) { id workingDays }
  }`);
