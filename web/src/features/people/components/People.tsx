import { useState } from 'preact/hooks';
import { useCommand } from '../../../hooks/useCommand';
import { PersonDetails } from './PersonDetails';
import { ProrationNotice } from './ProrationNotice';
import { addPerson } from '../api/add-person';
import type { Role } from '../../../api/generated';
import { AssignApprover, ChangeUserRole, MoveUserToLocation, MoveUserToTeam } from '../api/operations';
import { FieldError, Section } from '../../../components/ui';
import { useApp, type Person } from '../../../lib/context';
import { formatDay, today } from '../../../lib/format';

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
    <Section title="People">
      <form onSubmit={add} noValidate aria-label="Add a person">
        <div class="field"><label for="person-email">E-mail</label>
          <input id="person-email" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} /></div>
        <div class="field"><label for="person-name">Name</label>
          <input id="person-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for="person-role">Role</label>
          <select id="person-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <option value="MEMBER">Member</option><option value="APPROVER">Approver</option><option value="ADMIN">Admin</option>
          </select></div>
        <div class="field"><label for="person-location">Location</label>
          <select id="person-location" value={location} onChange={(e) => setLocationId(e.currentTarget.value)}>
            <option value="">None yet</option>
            {openLocations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select></div>
        <div class="field"><label for="person-start">Start date</label>
          <input id="person-start" type="date" value={startDate} aria-describedby="person-start-hint person-proration"
                 onInput={(e) => setStartDate(e.currentTarget.value)} />
          <p id="person-start-hint" class="muted">Their first day at this location: it decides the first year's
            allowance. For someone already working here, 1 January (or earlier) gives the whole year.</p></div>
        {location && <ProrationNotice id="person-proration" locationId={location} effectiveDate={startDate} />}
        <div class="field"><label for="person-team">Team</label>
          <select id="person-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">No team</option>
            {app.teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select></div>
        <div class="field"><label for="person-approver">Approver</label>
          <select id="person-approver" value={approverId} onChange={(e) => setApproverId(e.currentTarget.value)}>
            <option value="">None: the admins decide</option>
            {approvers.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select></div>
        <FieldError id="person-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Add person</button>
      </form>
      <div class="toolbar">
        <div class="field"><label for="people-search">Find a person</label>
          <input id="people-search" type="search" value={search}
                 onInput={(e) => { setSearch(e.currentTarget.value); setPage(0); }} /></div>
        <div class="field"><label for="people-sort">Sort by</label>
          <select id="people-sort" value={sort} onChange={(e) => { setSort(e.currentTarget.value as SortKey); setPage(0); }}>
            <option value="name">Name</option><option value="role">Role</option>
            <option value="location">Location</option><option value="team">Team</option>
          </select></div>
      </div>
      <p class="muted" aria-live="polite">{matches.length === 0 ? 'No one matches.'
        : `${shown * PAGE + 1}–${shown * PAGE + people.length} of ${matches.length} people`}</p>
      {pages > 1 && <div class="toolbar">
        <button type="button" class="secondary" disabled={shown === 0} onClick={() => setPage(shown - 1)}>Previous page</button>
        <button type="button" class="secondary" disabled={shown >= pages - 1} onClick={() => setPage(shown + 1)}>Next page</button>
      </div>}
      <FieldError id="people-error" error={rowCommand.error} />
      <div class="table-scroll">
        <table class="people">
          <caption class="visually-hidden">People of {app.organizationName}</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Location</th>
            <th scope="col">Team</th><th scope="col">Approver</th></tr></thead>
          <tbody>
            {people.map((p) => [
              <tr key={p.id}>
                <th scope="row">{p.name}<div class="muted">{p.email}</div>
                  {p.employmentEndsOn && <div class="muted">Leaves after {formatDay(p.employmentEndsOn)}</div>}
                  <button type="button" class="link" aria-expanded={open === p.id}
                          onClick={() => setOpen(open === p.id ? undefined : p.id)}>
                    {open === p.id ? 'Close' : 'Balances, past leave, history'}<span class="visually-hidden"> of {p.name}</span>
                  </button></th>
                <td data-label="Role"><select aria-label={`Role of ${p.name}`} value={p.role} disabled={p.id === app.me.id}
                  onChange={(e) => { const r = e.currentTarget.value as Role; change(
                    () => app.api.run(ChangeUserRole, { userId: p.id, role: r })); }}>
                  <option value="MEMBER">Member</option><option value="APPROVER">Approver</option><option value="ADMIN">Admin</option>
                </select></td>
                <td data-label="Location"><MoveToLocation person={p} /></td>
                <td data-label="Team (from today)"><select aria-label={`Team of ${p.name} from today`} value={p.teamId ?? ''}
                  onChange={(e) => { const t = e.currentTarget.value || null; change(
                    () => app.api.run(MoveUserToTeam, { userId: p.id, teamId: t, effectiveDate: today() })); }}>
                  <option value="">No team</option>
                  {app.teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                </select></td>
                <td data-label="Approver"><select aria-label={`Add an approver for ${p.name}`} value=""
                  onChange={(e) => { const a = e.currentTarget.value; if (a) change(
                    () => app.api.run(AssignApprover, { userId: p.id, approverId: a })); }}>
                  <option value="">{p.approverIds.length === 0 ? 'None: the admins'
                    : p.approverIds.map((id) => app.people.get(id)?.name ?? 'someone').join(', ')}</option>
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
      <select aria-label={label ?? `Location of ${person.name}`} value={chosen ?? person.locationId ?? ''}
              onChange={(e) => setChosen(e.currentTarget.value)}>
        <option value="" disabled={!!person.locationId}>None yet</option>
        {app.locations.filter((l) => !l.archived || l.id === person.locationId)
          .map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
      </select>
      {moving && (
        <div class="move-location-details" role="group" aria-label={`Move ${person.name}`}>
          <div class="field"><label for={`move-from-${key}`}>From</label>
            <input id={`move-from-${key}`} type="date" value={from} aria-describedby={`move-proration-${key}`}
                   onInput={(e) => setFrom(e.currentTarget.value)} /></div>
          <ProrationNotice id={`move-proration-${key}`} userId={person.id} locationId={chosen ?? ''} effectiveDate={from} />
          <FieldError id={`move-error-${key}`} error={command.error} />
          <div class="toolbar">
            <button type="button" disabled={command.busy} onClick={move}>
              {person.id === app.me.id ? 'Set my location' : `Move ${person.name}`}</button>
            <button type="button" class="link" onClick={() => setChosen(undefined)}>Keep as it is</button>
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
  if (!me || app.locations.length === 0 || me.locationId) return null;
  return (
    <Section title="Your own location">
      <p>You work somewhere too: your location gives you its holidays, working week and leave policies.</p>
      <MoveToLocation person={me} label="Your location" />
    </Section>
  );
}
