// The fields several features read of a type, named once.

export const REQUEST_FIELDS = /* GraphQL */ `
  fragment RequestFields on LeaveRequest {
  id orgId userId leaveTypeId startDate endDate halfDay days unit status reason createdAt decidedBy decisionNote
  startTime endTime startHalf endHalf
  approvals { level kind groupId status decidedBy onBehalfOf decidedAt }
  }`;

export const BALANCE_FIELDS = /* GraphQL */ `
  fragment BalanceFields on Balance {
  userId leaveTypeId year asOf carriedOver carriedOverExpiresOn expired allowance accrued adjustments overtime
  used pending remaining available unit encashed
  }`;

/** An audit-trail entry as people read it: its kind and figures, never the stored event's form. */
export const ENTRY_FIELDS = /* GraphQL */ `
  fragment EntryFields on DomainEvent {
    version occurredAt actorId
    entry {
      kind requestId leaveTypeId locationId teamId personId from to days year level role name email text
      workingDays timeZone holidayCalendar
    }
  }`;
