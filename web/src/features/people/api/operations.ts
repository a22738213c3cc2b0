// The operations this feature sends.
import type * as G from '../../../api/generated';
import { op } from '../../../api/operation';
import { ENTRY_FIELDS } from '../../../api/fragments';

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

export const UpdateUser = op<G.UpdateUserMutation, G.UpdateUserMutationVariables>(/* GraphQL */ `
  mutation UpdateUser($userId: ID!, $name: String, $email: AWSEmail) {
    updateUser(userId: $userId, name: $name, email: $email) { id name email }
  }`);

export const RemoveApprover = op<G.RemoveApproverMutation, G.RemoveApproverMutationVariables>(/* GraphQL */ `
  mutation RemoveApprover($userId: ID!, $approverId: ID!) {
    removeApprover(userId: $userId, approverId: $approverId) { id approverIds }
  }`);

// ---- teams and leavers (SPEC §3.8) ----

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

/** Erases a leaver's personal data for good (SPEC §3.10): answered as they show from then on. */
export const ErasePersonalData = op<G.ErasePersonalDataMutation, G.ErasePersonalDataMutationVariables>(/* GraphQL */ `
  mutation ErasePersonalData($userId: ID!) { erasePersonalData(userId: $userId) { id name email erased } }`);

export const ReleaseSignIn = op<G.ReleaseSignInMutation, G.ReleaseSignInMutationVariables>(/* GraphQL */ `
  mutation ReleaseSignIn($userId: ID!) { releaseSignIn(userId: $userId) { id } }`);

// ---- workflow settings and reports ----

export const RecordOvertime = op<G.RecordOvertimeMutation, G.RecordOvertimeMutationVariables>(/* GraphQL */ `
  mutation RecordOvertime($userId: ID!, $date: AWSDate!, $days: Float!, $leaveTypeId: ID, $note: String) {
    recordOvertime(userId: $userId, date: $date, days: $days, leaveTypeId: $leaveTypeId, note: $note) { available }
  }`);

export const SetWorkingWeek = op<G.SetWorkingWeekMutation, G.SetWorkingWeekMutationVariables>(/* GraphQL */ `
  mutation SetWorkingWeek($userId: ID!, $workingDays: [DayOfWeek!]!, $effectiveDate: AWSDate!) {
    setWorkingWeek(userId: $userId, workingDays: $workingDays, effectiveDate: $effectiveDate) { id workingDays }
  }`);
