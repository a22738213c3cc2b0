import { useState } from 'preact/hooks';
import type { ApprovalLevelKind, BlackoutMode, ExportLeaveReportMutation, WorkflowSettingsQuery } from '../../../api/generated';
import {
  AddBlackoutPeriod, ExportLeaveReport, RemoveApproverGroup, RemoveBlackoutPeriod, SetApprovalChain, SetApproverGroup, WorkflowSettings,
} from '../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../../../components/ui';
import { leaveTypeName, useApp } from '../../../lib/context';
import { formatDay, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

type Settings = WorkflowSettingsQuery;
type Level = { kind: ApprovalLevelKind; groupId: string | null };

/** How leave is decided: blackout periods, approver groups and each type's approval chain; and the CSV report. */
export function Workflow() {
  const app = useApp();
  const settings = useLive(app.live, ['settings'], () => app.api.run(WorkflowSettings, {}), []);
  // one read shows the change: the server answers after the caller's own writes (decision 0020)
  const changed = async () => settings.reload();
  return (
    <>
      <LoadError error={settings.error} retry={settings.reload} />
      {settings.data && <>
        <Blackouts settings={settings.data} changed={changed} />
        <ApproverGroups settings={settings.data} changed={changed} />
        <ApprovalChains settings={settings.data} changed={changed} />
      </>}
      <Report />
    </>
  );
}

type Props = { settings: Settings; changed: () => Promise<void> };

function Blackouts({ settings, changed }: Props) {
  const app = useApp();
  const [locationId, setLocationId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [typeId, setTypeId] = useState('');
  const [mode, setMode] = useState<BlackoutMode>('REFUSE');
  const command = useCommand();
  const removal = useCommand();
  const where = (id: string | null | undefined) => (id ? app.locations.find((l) => l.id === id)?.name ?? 'a location'
    : 'everywhere');
  return (
    <Section title="Blackout periods">
      <p class="muted">Dates when requests are refused, or need an admin, for some leave types (or all).</p>
      <ul class="plain">{settings.blackoutPeriods.map((b) => (
        <li key={b.id}>{formatDay(b.from)} – {formatDay(b.to)}, {where(b.locationId)},{' '}
          {b.leaveTypeIds.length === 0 ? 'all leave types' : b.leaveTypeIds.map((t) => leaveTypeName(app, t)).join(', ')}:{' '}
          {b.mode === 'REFUSE' ? 'refused' : 'an admin decides'}{' '}
          <ConfirmButton label="Remove blackout" question="Remove this blackout period? Requests made from now on are no longer refused or held by it; those made before keep what it decided."
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveBlackoutPeriod, { blackoutId: b.id });
              await changed();
            })} /></li>))}</ul>
      <FieldError id="blackout-remove-error" error={removal.error} />
      <form noValidate aria-label="Add a blackout period" onSubmit={async (e) => {
        e.preventDefault();
        if (await command.run(async () => {
          await app.api.run(AddBlackoutPeriod, { locationId: locationId || null, from, to: to || from,
            leaveTypeIds: typeId ? [typeId] : [], mode });
          await changed();
        })) {
          setFrom('');
          setTo('');
        }
      }}>
        <div class="field"><label for="blackout-from">First day</label>
          <input id="blackout-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></div>
        <div class="field"><label for="blackout-to">Last day</label>
          <input id="blackout-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></div>
        <div class="field"><label for="blackout-location">Where</label>
          <select id="blackout-location" value={locationId} onChange={(e) => setLocationId(e.currentTarget.value)}>
            <option value="">Everywhere</option>
            {app.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}</select></div>
        <div class="field"><label for="blackout-type">Leave type</label>
          <select id="blackout-type" value={typeId} onChange={(e) => setTypeId(e.currentTarget.value)}>
            <option value="">All leave types</option>
            {app.leaveTypes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></div>
        <fieldset><legend>Requests in it</legend>
          <label class="inline"><input type="radio" name="blackout-mode" checked={mode === 'REFUSE'}
            onChange={() => setMode('REFUSE')} /> Refused</label>
          <label class="inline"><input type="radio" name="blackout-mode" checked={mode === 'REQUIRE_ADMIN'}
            onChange={() => setMode('REQUIRE_ADMIN')} /> An admin decides</label>
        </fieldset>
        <FieldError id="blackout-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Add blackout period</button>
      </form>
    </Section>
  );
}

function ApproverGroups({ settings, changed }: Props) {
  const app = useApp();
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const command = useCommand();
  const removal = useCommand();
  const approvers = [...app.people.values()].filter((p) => p.role !== 'MEMBER')
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Section title="Approver groups">
      <ul class="plain">{settings.approverGroups.map((g) => (
        <li key={g.id}>{g.name}: {g.memberIds.map((m) => app.people.get(m)?.name ?? 'someone').join(', ')}{' '}
          <ConfirmButton label={`Remove ${g.name}`} question={`Remove the group ${g.name}? Requests still waiting for it go to the admins.`}
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveApproverGroup, { groupId: g.id });
              await changed();
            })} /></li>))}</ul>
      <FieldError id="group-remove-error" error={removal.error} />
      <form noValidate aria-label="Set an approver group" onSubmit={async (e) => {
        e.preventDefault();
        const wanted = name.trim();
        if (await command.run(async () => {
          await app.api.run(SetApproverGroup, { name: wanted, memberIds: members });
          await changed();
        })) {
          setName('');
          setMembers([]);
        }
      }}>
        <div class="field"><label for="group-name">Group name (an existing one gets these members)</label>
          <input id="group-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <fieldset><legend>Members</legend>
          {approvers.map((p) => (
            <label key={p.id} class="inline"><input type="checkbox" checked={members.includes(p.id)}
              onChange={(e) => setMembers(e.currentTarget.checked ? [...members, p.id]
                : members.filter((m) => m !== p.id))} /> {p.name}</label>))}
        </fieldset>
        <FieldError id="group-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Save group</button>
      </form>
    </Section>
  );
}

const KIND_WORDS: Record<ApprovalLevelKind, string> = {
  APPROVERS: 'their approvers', GROUP: 'a group', ADMINS: 'the admins', TEAM_MANAGERS: "their team's managers",
};

function ApprovalChains({ settings, changed }: Props) {
  const app = useApp();
  const approving = app.leaveTypes.filter((t) => t.requiresApproval && !t.archived);
  return (
    <Section title="Approval chains">
      <p class="muted">The levels a request passes, in order, for requests made from now on.</p>
      {approving.map((t) => <Chain key={t.id} typeId={t.id} settings={settings} changed={changed} />)}
    </Section>
  );
}

function Chain({ typeId, settings, changed }: Props & { typeId: string }) {
  const app = useApp();
  const current = settings.leaveTypes.find((t) => t.id === typeId)?.approvalLevels ?? [];
  const [levels, setLevels] = useState<Level[]>(current.map((l) => ({ kind: l.kind, groupId: l.groupId ?? null })));
  const command = useCommand();
  const id = typeId.replace(/[^a-zA-Z0-9]/g, '');
  const name = leaveTypeName(app, typeId);
  const set = (i: number, level: Level) => setLevels(levels.map((l, j) => (j === i ? level : l)));
  return (
    <form noValidate aria-label={`Approval chain of ${name}`} onSubmit={async (e) => {
      e.preventDefault();
      await command.run(async () => {
        await app.api.run(SetApprovalChain, { leaveTypeId: typeId, levels });
        await changed();
      });
    }}>
      <h3>{name}</h3>
      {levels.length === 0 && <p class="muted">One level: the requester's approvers (the admins when none).</p>}
      <ol>{levels.map((level, i) => (
        <li key={i}>
          <label for={`chain-${id}-${i}`} class="visually-hidden">Level {i + 1} of {name}</label>
          <select id={`chain-${id}-${i}`} value={level.kind === 'GROUP' ? `GROUP:${level.groupId}` : level.kind}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set(i, v.startsWith('GROUP:') ? { kind: 'GROUP', groupId: v.slice(6) } : { kind: v as ApprovalLevelKind, groupId: null });
            }}>
            <option value="APPROVERS">{KIND_WORDS.APPROVERS}</option>
            <option value="TEAM_MANAGERS">{KIND_WORDS.TEAM_MANAGERS}</option>
            <option value="ADMINS">{KIND_WORDS.ADMINS}</option>
            {settings.approverGroups.map((g) => <option key={g.id} value={`GROUP:${g.id}`}>the group {g.name}</option>)}
          </select>{' '}
          <button type="button" class="link" onClick={() => setLevels(levels.filter((_, j) => j !== i))}>
            Remove level {i + 1}</button>
        </li>))}</ol>
      <button type="button" class="secondary" onClick={() => setLevels([...levels, { kind: 'APPROVERS', groupId: null }])}>
        Add a level</button>{' '}
      <FieldError id={`chain-error-${id}`} error={command.error} />
      <button type="submit" disabled={command.busy}>Save chain of {name}</button>
    </form>
  );
}

/** The CSV report of a period, by location or team, through the presigned link the API answers. */
function Report() {
  const app = useApp();
  const year = today().slice(0, 4);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [locationId, setLocationId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [made, setMade] = useState<ExportLeaveReportMutation['exportLeaveReport']>();
  const command = useCommand();
  return (
    <Section title="Report">
      <form noValidate aria-label="Export a leave report" onSubmit={async (e) => {
        e.preventDefault();
        setMade(undefined);
        await command.run(async () => setMade((await app.api.run(ExportLeaveReport, { from, to,
          locationId: locationId || null, teamId: teamId || null })).exportLeaveReport));
      }}>
        <div class="field"><label for="report-from">From</label>
          <input id="report-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></div>
        <div class="field"><label for="report-to">To</label>
          <input id="report-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></div>
        <div class="field"><label for="report-location">Location</label>
          <select id="report-location" value={locationId} onChange={(e) => setLocationId(e.currentTarget.value)}>
            <option value="">Everyone</option>
            {app.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}</select></div>
        {app.teams.length > 0 && <div class="field"><label for="report-team">Team</label>
          <select id="report-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">All teams</option>
            {app.teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></div>}
        <FieldError id="report-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Make the report</button>
      </form>
      {made && <p role="status">{made.requestCount} requests and {made.balanceCount} balances:{' '}
        <a href={made.downloadUrl} download="leave-report.csv">download the CSV</a>{' '}
        <span class="muted">(the link works for 15 minutes)</span></p>}
    </Section>
  );
}
