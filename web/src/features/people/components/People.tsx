import { t, useT } from '../../../i18n/i18n';
import { useState } from 'preact/hooks';
import { useCommand } from '../../../hooks/useCommand';
import { PersonDetails } from './PersonDetails';
import { ProrationNotice } from './ProrationNotice';
import { addPerson } from '../api/add-person';
import type { Role } from '../../../api/generated';
import { AssignApprover, ChangeUserRole, MoveUserToLocation, MoveUserToTeam } from '../api/operations';
import { FieldError, Section } from '../../../components/ui';
import { useApp, type Person } from '../../../lib/context';
import { formatDay, formatList, today } from '../../../lib/format';

const PAGE = 50;
type SortKey = 'name' | 'role' | 'location' | 'team';
const SORTS: Record<SortKey, (app: ReturnType<typeof useApp>) => (p: { name: string; role: string;
  locationId?: string | null; teamId?: string | null }) => string> = {
  name: () => (p) => p.name,
  role: () => (p) => p.role,
  location: (app) => (p) => app.locations.find((l) => l.id === p.locationId)?.name ?? '\uffff', // none last
  team: (app) => (p) => app.teams.find((t) => t.id === p.teamId)?.name ?? '\uffff', // none last
};

export function People() {
  const app = useApp();
  useT();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string>();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const openLocations = app.locations.filter((l) => !l.archived);
  const [locationId, setLocationId] = useState<string>();
  const [startDate, setStartDate] = useState(`${today().slice(0, 4)}-01-01`);
  const [teamId, setTeamId] = useState('');
  const [approverId, setApproverId] = useState('');
  // preset: the admin's own location, else the first; "" is a deliberate "none yet"
  const location = locationId ?? (app.me.locationId && openLocations.some((l) => l.id === app.me.locationId)
    ? app.me.locationId : openLocations[0]?.id ?? '');
  const command = useCommand();
  const rowCommand = useCommand();
  const [sort, setSort] = useState<SortKey>('name');
  const [page, setPage] = useState(0);
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const sortValue = SORTS[sort](app);
  // every match counted, only one page of rows drawn: a directory of 10,000 stays quick to filter and to render
  const matches = [...app.people.values()]
    .filter((p) => words.every((w) => `${p.name} ${p.email}`.toLowerCase().includes(w)))
    .sort((a, b) => sortValue(a).localeCompare(sortValue(b)) || a.name.localeCompare(b.name));
  const pages = Math.max(1, Math.ceil(matches.length / PAGE));
  const shown = Math.min(page, pages - 1);
  const people = matches.slice(shown * PAGE, shown * PAGE + PAGE);
  const approvers = [...app.people.values()].filter((p) => p.role !== 'MEMBER');
  const add = async (event: Event) => {
    event.preventDefault();
    if (await command.run(async () => {
      const id = await addPerson(app.api, { email: email.trim(), name: name.trim(), role,
        locationId: location || null, teamId: teamId || null, startDate });
      if (approverId) await app.api.run(AssignApprover, { userId: id, approverId });
      await app.directoryChanged();
    })) {
      setEmail('');
      setName('');
    }
  };
  const change = (command: () => Promise<unknown>) =>
    rowCommand.run(async () => {
      await command();
      await app.directoryChanged();
    });
  return (
    <Section title={t({ id: 'people.title', defaultMessage: 'People', description: 'Section of the set-up' })}>
      <form onSubmit={add} noValidate aria-label={t({ id: 'people.addLabel', defaultMessage: 'Add a person', description: 'Accessible name of the form' })}>
        <div class="field"><label for="person-email">{t({ id: 'signIn.email', defaultMessage: 'E-mail', description: 'Field of the sign-in form' })}</label>
          <input id="person-email" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} /></div>
        <div class="field"><label for="person-name">{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
          <input id="person-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for="person-role">{t({ id: 'people.roleField', defaultMessage: 'Role', description: 'Field: a person’s role' })}</label>
          <select id="person-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <option value="MEMBER">{t({ id: 'people.role', defaultMessage: '{role, select, ADMIN {Admin} APPROVER {Approver} other {Member}}', description: 'A person’s role' }, { role: 'MEMBER' })}</option><option value="APPROVER">{t({ id: 'people.role', defaultMessage: '{role, select, ADMIN {Admin} APPROVER {Approver} other {Member}}', description: 'A person’s role' }, { role: 'APPROVER' })}</option><option value="ADMIN">{t({ id: 'people.role', defaultMessage: '{role, select, ADMIN {Admin} APPROVER {Approver} other {Member}}', description: 'A person’s role' }, { role: 'ADMIN' })}</option>
          </select></div>
        <div class="field"><label for="person-location">{t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}</label>
          <select id="person-location" value={location} onChange={(e) => setLocationId(e.currentTarget.value)}>
            <option value="">{t({ id: 'people.noneYet', defaultMessage: 'None yet', description: 'No location chosen' })}</option>
            {openLocations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select></div>
        <div class="field"><label for="person-start">{t({ id: 'people.startDate', defaultMessage: 'Start date', description: 'Field: a new person’s first day' })}</label>
          <input id="person-start" type="date" value={startDate} aria-describedby="person-start-hint person-proration"
                 onInput={(e) => setStartDate(e.currentTarget.value)} />
          <p id="person-start-hint" class="muted">{t({ id: 'people.startHint', defaultMessage: 'Their first day at this location: it decides the first year\'s allowance. For someone already working here, 1 January (or earlier) gives the whole year.', description: 'Hint of the start date' })}</p></div>
        {location && <ProrationNotice id="person-proration" locationId={location} effectiveDate={startDate} />}
        <div class="field"><label for="person-team">{t({ id: 'calendar.team', defaultMessage: 'Team', description: 'Filter of the calendar by team' })}</label>
          <select id="person-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">{t({ id: 'people.noTeam', defaultMessage: 'No team', description: 'Choice: in no team' })}</option>
            {app.teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select></div>
        <div class="field"><label for="person-approver">{t({ id: 'people.approver', defaultMessage: 'Approver', description: 'Field: who approves a person’s leave' })}</label>
          <select id="person-approver" value={approverId} onChange={(e) => setApproverId(e.currentTarget.value)}>
            <option value="">{t({ id: 'people.adminsDecide', defaultMessage: 'None: the admins decide', description: 'No approver chosen' })}</option>
            {approvers.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select></div>
        <FieldError id="person-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'people.add', defaultMessage: 'Add person', description: 'Button' })}</button>
      </form>
      <div class="toolbar">
        <div class="field"><label for="people-search">{t({ id: 'people.search', defaultMessage: 'Find a person', description: 'Search field' })}</label>
          <input id="people-search" type="search" value={search}
                 onInput={(e) => { setSearch(e.currentTarget.value); setPage(0); }} /></div>
        <div class="field"><label for="people-sort">{t({ id: 'people.sortBy', defaultMessage: 'Sort by', description: 'Field' })}</label>
          <select id="people-sort" value={sort} onChange={(e) => { setSort(e.currentTarget.value as SortKey); setPage(0); }}>
            <option value="name">{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</option><option value="role">{t({ id: 'people.roleField', defaultMessage: 'Role', description: 'Field: a person’s role' })}</option>
            <option value="location">{t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}</option><option value="team">{t({ id: 'calendar.team', defaultMessage: 'Team', description: 'Filter of the calendar by team' })}</option>
          </select></div>
      </div>
      <p class="muted" aria-live="polite">{matches.length === 0 ? t({ id: 'people.noMatch', defaultMessage: 'No one matches.', description: 'Search found no one' })
        : t({ id: 'people.range', defaultMessage: '{first}–{last} of {count, plural, one {# person} other {# people}}', description: 'Which people the page shows' }, { first: shown * PAGE + 1, last: shown * PAGE + people.length, count: matches.length })}</p>
      {pages > 1 && <div class="toolbar">
        <button type="button" class="secondary" disabled={shown === 0} onClick={() => setPage(shown - 1)}>{t({ id: 'people.previousPage', defaultMessage: 'Previous page', description: 'Button' })}</button>
        <button type="button" class="secondary" disabled={shown >= pages - 1} onClick={() => setPage(shown + 1)}>{t({ id: 'people.nextPage', defaultMessage: 'Next page', description: 'Button' })}</button>
      </div>}
      <FieldError id="people-error" error={rowCommand.error} />
      <div class="table-scroll">
        <table class="people">
          <caption class="visually-hidden">{t({ id: 'people.caption', defaultMessage: 'People of {organization}', description: 'Caption of the table' }, { organization: app.organizationName })}</caption>
          <thead><tr><th scope="col">{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</th><th scope="col">{t({ id: 'people.roleField', defaultMessage: 'Role', description: 'Field: a person’s role' })}</th><th scope="col">{t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}</th>
            <th scope="col">{t({ id: 'calendar.team', defaultMessage: 'Team', description: 'Filter of the calendar by team' })}</th><th scope="col">{t({ id: 'people.approver', defaultMessage: 'Approver', description: 'Field: who approves a person’s leave' })}</th></tr></thead>
          <tbody>
            {people.map((p) => [
              <tr key={p.id}>
                <th scope="row">{p.name}<div class="muted">{p.email}</div>
                  {p.employmentEndsOn && <div class="muted">{t({ id: 'people.leavesAfter', defaultMessage: 'Leaves after {day}', description: 'A leaver’s last day' }, { day: formatDay(p.employmentEndsOn) })}</div>}
                  <button type="button" class="link" aria-expanded={open === p.id}
                          onClick={() => setOpen(open === p.id ? undefined : p.id)}>
                    {open === p.id ? t({ id: 'people.close', defaultMessage: 'Close', description: 'Button: closes a person’s details' }) : t({ id: 'people.details', defaultMessage: 'Balances, past leave, history', description: 'Button: opens a person’s details' })}<span class="visually-hidden"> {t({ id: 'people.ofName', defaultMessage: 'of {name}', description: 'After the details button, for screen readers' }, { name: p.name })}</span>
                  </button></th>
                <td data-label={t({ id: 'people.roleField', defaultMessage: 'Role', description: 'Field: a person’s role' })}><select aria-label={t({ id: 'people.roleOf', defaultMessage: 'Role of {name}', description: 'Accessible name' }, { name: p.name })} value={p.role} disabled={p.id === app.me.id}
                  onChange={(e) => { const r = e.currentTarget.value as Role; change(
                    () => app.api.run(ChangeUserRole, { userId: p.id, role: r })); }}>
                  <option value="MEMBER">{t({ id: 'people.role', defaultMessage: '{role, select, ADMIN {Admin} APPROVER {Approver} other {Member}}', description: 'A person’s role' }, { role: 'MEMBER' })}</option><option value="APPROVER">{t({ id: 'people.role', defaultMessage: '{role, select, ADMIN {Admin} APPROVER {Approver} other {Member}}', description: 'A person’s role' }, { role: 'APPROVER' })}</option><option value="ADMIN">{t({ id: 'people.role', defaultMessage: '{role, select, ADMIN {Admin} APPROVER {Approver} other {Member}}', description: 'A person’s role' }, { role: 'ADMIN' })}</option>
                </select></td>
                <td data-label={t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}><MoveToLocation person={p} /></td>
                <td data-label={t({ id: 'people.teamFromToday', defaultMessage: 'Team (from today)', description: 'Column label' })}><select aria-label={t({ id: 'people.teamOf', defaultMessage: 'Team of {name} from today', description: 'Accessible name' }, { name: p.name })} value={p.teamId ?? ''}
                  onChange={(e) => { const teamId = e.currentTarget.value || null; change(
                    () => app.api.run(MoveUserToTeam, { userId: p.id, teamId, effectiveDate: today() })); }}>
                  <option value="">{t({ id: 'people.noTeam', defaultMessage: 'No team', description: 'Choice: in no team' })}</option>
                  {app.teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
                </select></td>
                <td data-label={t({ id: 'people.approver', defaultMessage: 'Approver', description: 'Field: who approves a person’s leave' })}><select aria-label={t({ id: 'people.addApprover', defaultMessage: 'Add an approver for {name}', description: 'Accessible name' }, { name: p.name })} value=""
                  onChange={(e) => { const a = e.currentTarget.value; if (a) change(
                    () => app.api.run(AssignApprover, { userId: p.id, approverId: a })); }}>
                  <option value="">{p.approverIds.length === 0 ? t({ id: 'people.noneAdmins', defaultMessage: 'None: the admins', description: 'No approver assigned' })
                    : formatList(p.approverIds.map((id) => app.people.get(id)?.name ?? t({ id: 'context.someone', defaultMessage: 'someone', description: 'A person no longer in the directory, in the middle of a sentence' })))}</option>
                  {approvers.filter((a) => a.id !== p.id && !p.approverIds.includes(a.id))
                    .map((a) => <option key={a.id} value={a.id}>+ {a.name}</option>)}
                </select></td>
              </tr>,
              open === p.id && <tr key={`${p.id}-details`}><td colSpan={5}><PersonDetails person={p} /></td></tr>,
            ])}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

/**
 * A person's location, changed from a date that is asked for, with what that date does to their allowances said
 * before saving: a person with no location yet is preset to 1 January, anyone else to today.
 */
export function MoveToLocation({ person, label }: { person: Person; label?: string }) {
  const app = useApp();
  const [chosen, setChosen] = useState<string>();
  const [from, setFrom] = useState(person.locationId ? today() : `${today().slice(0, 4)}-01-01`);
  const command = useCommand();
  useT();
  const key = person.id === app.me.id ? 'me' : person.id;
  const moving = chosen !== undefined && chosen !== '' && chosen !== (person.locationId ?? '');
  const move = async () => {
    if (await command.run(async () => {
      await app.api.run(MoveUserToLocation, { userId: person.id, locationId: chosen ?? '', effectiveDate: from });
      await app.directoryChanged();
    })) setChosen(undefined);
  };
  return (
    <div class="move-location">
      <select aria-label={label ?? t({ id: 'people.locationOf', defaultMessage: 'Location of {name}', description: 'Accessible name' }, { name: person.name })} value={chosen ?? person.locationId ?? ''}
              onChange={(e) => setChosen(e.currentTarget.value)}>
        <option value="" disabled={!!person.locationId}>{t({ id: 'people.noneYet', defaultMessage: 'None yet', description: 'No location chosen' })}</option>
        {app.locations.filter((l) => !l.archived || l.id === person.locationId)
          .map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
      </select>
      {moving && (
        <div class="move-location-details" role="group" aria-label={t({ id: 'people.move', defaultMessage: 'Move {name}', description: 'Accessible name; also a button' }, { name: person.name })}>
          <div class="field"><label for={`move-from-${key}`}>{t({ id: 'request.from', defaultMessage: 'From', description: 'Start time of hourly leave' })}</label>
            <input id={`move-from-${key}`} type="date" value={from} aria-describedby={`move-proration-${key}`}
                   onInput={(e) => setFrom(e.currentTarget.value)} /></div>
          <ProrationNotice id={`move-proration-${key}`} userId={person.id} locationId={chosen ?? ''} effectiveDate={from} />
          <FieldError id={`move-error-${key}`} error={command.error} />
          <div class="toolbar">
            <button type="button" disabled={command.busy} onClick={move}>
              {person.id === app.me.id ? t({ id: 'people.setMine', defaultMessage: 'Set my location', description: 'Button' }) : t({ id: 'people.move', defaultMessage: 'Move {name}', description: 'Accessible name; also a button' }, { name: person.name })}</button>
            <button type="button" class="link" onClick={() => setChosen(undefined)}>{t({ id: 'people.keep', defaultMessage: 'Keep as it is', description: 'Button: no move' })}</button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The founder is a person too: their own location, asked for in the first-run walk as soon as one exists. */
export function YourLocation() {
  const app = useApp();
  const me = app.people.get(app.me.id);
  useT();
  if (!me || app.locations.length === 0 || me.locationId) return null;
  return (
    <Section title={t({ id: 'people.yourOwn', defaultMessage: 'Your own location', description: 'Section of the first-run walk' })}>
      <p>{t({ id: 'people.yourOwnIntro', defaultMessage: 'You work somewhere too: your location gives you its holidays, working week and leave policies.', description: 'Why the admin sets their own location' })}</p>
      <MoveToLocation person={me} label={t({ id: 'people.yourLocation', defaultMessage: 'Your location', description: 'Accessible name' })} />
    </Section>
  );
}
