import { t, useT } from '../../i18n/i18n';
import { useState } from 'preact/hooks';
import { ImportPeople } from '../../features/people/components/ImportPeople';
import { Workflow } from '../../features/settings/components/Workflow';
import { Integrations } from '../../features/settings/components/Integrations';
import { CalendarConnection } from '../../features/settings/components/CalendarConnection';
import { IdentityProvider } from '../../features/settings/components/IdentityProvider';
import { OrganizationName, SettingsTrail, Teams } from '../../features/settings/components/Corrections';
import { FirstRunWalk, useFirstRunWalk, type WalkStep } from '../../features/onboarding/components/FirstRunWalk';
import { Policies } from '../../api/operations';
import { useApp } from '../../lib/context';
import { useLive } from '../../lib/live';
import { LeavePolicies, LeaveTypes, Locations } from '../../features/settings/components/OrganizationSettings';
import { People, YourLocation } from '../../features/people/components/People';

/** An admin sets up and runs the organization: locations, leave types, policies, people. */
export function Setup() {
  const app = useApp();
  const walk = useFirstRunWalk(app.me.orgId, app.locations.length === 0);
  useT();
  const [finished, setFinished] = useState(false);
  if (walk.step !== undefined) {
    return (
      <>
        <h1>{t({ id: 'setup.title', defaultMessage: 'Set-up of {organization}', description: 'Heading of the set-up page' }, { organization: app.organizationName })}</h1>
        <SetupWalk step={walk.step} go={walk.go} leave={walk.leave} finish={() => { walk.finish(); setFinished(true); }} />
      </>
    );
  }
  return (
    <>
      <h1>{t({ id: 'setup.title', defaultMessage: 'Set-up of {organization}', description: 'Heading of the set-up page' }, { organization: app.organizationName })}</h1>
      {finished && <p class="notice notice-ok" role="status">{t({ id: 'setup.done', defaultMessage: 'The first-run set-up is done. Everything it made, and every other setting, is below; each can be corrected where it is shown.', description: 'After the walk' })}</p>}
      {walk.leftAt !== undefined && <p class="notice">
        {t({ id: 'setup.leftAt', defaultMessage: 'You left the first-run set-up at step {step}.', description: 'The admin left the walk' }, { step: walk.leftAt + 1 })}{' '}
        <button type="button" class="link" onClick={() => walk.go(walk.leftAt ?? 0)}>{t({ id: 'setup.continue', defaultMessage: 'Continue the walk-through', description: 'Button' })}</button></p>}
      <p class="muted">{t({ id: 'setup.intro', defaultMessage: 'What people count and request depends on these: their location (its holidays and working week), the leave types, and each location\'s policy for each type. Every setting can be corrected where it is shown; each correction is kept in the audit trail and every figure it touches is counted again.', description: 'Introduction of the set-up' })}</p>
      <OrganizationName />
      <Locations />
      <LeaveTypes />
      <LeavePolicies />
      <Teams />
      <People />
      <ImportPeople />
      <Workflow />
      <Integrations />
      <CalendarConnection />
      <IdentityProvider />
      <SettingsTrail />
    </>
  );
}

/** The walk of a new organization: the four things without which nobody can request leave, in the order they need. */
function SetupWalk(walk: { step: number; go: (step: number) => void; leave: (step: number) => void; finish: () => void }) {
  const app = useApp();
  const policies = useLive(app.live, ['settings'], () => app.api.run(Policies, {}).then((d) => d.policies), [app.locations.length]);
  useT();
  const steps: WalkStep[] = [
    { title: t({ id: 'locations.title', defaultMessage: 'Locations', description: 'Section of the set-up' }), done: app.locations.length > 0, content: <><Locations /><YourLocation /></>,
      purpose: t({ id: 'setup.locationsPurpose', defaultMessage: 'Where people work: each location has a time zone, its public holidays and a working week. Add one for every country or region whose holidays differ.', description: 'What the step is for' }) },
    { title: t({ id: 'types.title', defaultMessage: 'Leave types', description: 'Section of the set-up' }), done: app.leaveTypes.length > 0, content: <LeaveTypes />,
      purpose: t({ id: 'setup.typesPurpose', defaultMessage: 'What people can ask for: vacation or PTO counted against an allowance, sick days that are not, and anything else your company grants.', description: 'What the step is for' }) },
    { title: t({ id: 'policies.title', defaultMessage: 'Leave policies', description: 'Section of the set-up' }), done: (policies.data?.length ?? 0) > 0, content: <LeavePolicies onChanged={policies.reload} />,
      purpose: t({ id: 'setup.policiesPurpose', defaultMessage: 'How much of each type people earn in each location, how much carries over into the next year and for how long, and whether a balance may go below zero.', description: 'What the step is for' }) },
    { title: t({ id: 'people.title', defaultMessage: 'People', description: 'Section of the set-up' }), done: app.people.size > 1, content: <><YourLocation /><People /><ImportPeople /></>,
      purpose: t({ id: 'setup.peoplePurpose', defaultMessage: 'Who works here: add people one by one or import them from a CSV file, with their location, team, start date and approver. They sign in with the e-mail address you give.', description: 'What the step is for' }) },
  ];
  return <FirstRunWalk steps={steps} {...walk} />;
}
