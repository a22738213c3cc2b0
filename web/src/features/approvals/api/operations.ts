// The operations this feature sends.
import type * as G from '../../../api/generated';
import { op } from '../../../api/operation';
import { REQUEST_FIELDS } from '../../../api/fragments';

export const Decisions = op<G.DecisionsQuery, G.DecisionsQueryVariables>(/* GraphQL */ `
  query Decisions($limit: Int, $nextToken: String) {
    decisionsPage(limit: $limit, nextToken: $nextToken) { items { ...RequestFields } nextToken }
  }
  ${REQUEST_FIELDS}`);

export const PendingApprovals = op<G.PendingApprovalsQuery, G.PendingApprovalsQueryVariables>(/* GraphQL */ `
  query PendingApprovals {
    pendingApprovals { ...RequestFields }
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
