import { t, useT } from '../../../i18n/i18n';
import { useState } from 'preact/hooks';
import type { ApprovalLevelKind, BlackoutMode, ExportLeaveReportMutation, WorkflowSettingsQuery } from '../../../api/generated';
import {
  AddBlackoutPeriod, ExportLeaveReport, RemoveApproverGroup, RemoveBlackoutPeriod, SetApprovalChain, SetApproverGroup, WorkflowSettings,
} from '../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../../../components/ui';
import { leaveTypeName, useApp } from '../../../lib/context';
import { formatDay, formatList, today } from '../../../lib/format';
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
  useT();
  const where = (id: string | null | undefined) => (id ? app.locations.find((l) => l.id === id)?.name ?? t({ id: 'trail.aLocation', defaultMessage: 'a location', description: 'A location no longer known' })
    : t({ id: 'blackout.everywhere', defaultMessage: 'everywhere', description: 'A blackout in every location' }));
  return (
    <Section title={t({ id: 'blackout.title', defaultMessage: 'Blackout periods', description: 'Section of the set-up' })}>
      <p class="muted">{t({ id: 'blackout.intro', defaultMessage: 'Dates when requests are refused, or need an admin, for some leave types (or all).', description: 'What blackouts are' })}</p>
      <ul class="plain">{settings.blackoutPeriods.map((b) => (
        <li key={b.id}>{t({ id: 'blackout.item', defaultMessage: '{from} – {to}, {where}, {types, select, all {all leave types} other {{types}}}: {mode, select, REFUSE {refused} other {an admin decides}}', description: 'A blackout period in the list' }, { from: formatDay(b.from), to: formatDay(b.to), where: where(b.locationId), types: b.leaveTypeIds.length === 0 ? 'all' : formatList(b.leaveTypeIds.map((lt) => leaveTypeName(app, lt))), mode: b.mode })}{' '}
          <ConfirmButton label={t({ id: 'blackout.remove', defaultMessage: 'Remove blackout', description: 'Button' })} question={t({ id: 'blackout.removeQuestion', defaultMessage: 'Remove this blackout period? Requests made from now on are no longer refused or held by it; those made before keep what it decided.', description: 'Confirmation' })}
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveBlackoutPeriod, { blackoutId: b.id });
              await changed();
            })} /></li>))}</ul>
      <FieldError id="blackout-remove-error" error={removal.error} />
      <form noValidate aria-label={t({ id: 'blackout.addLabel', defaultMessage: 'Add a blackout period', description: 'Accessible name of the form' })} onSubmit={async (e) => {
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
        <div class="field"><label for="blackout-from">{t({ id: 'request.firstDay', defaultMessage: 'First day', description: 'First day of the leave' })}</label>
          <input id="blackout-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></div>
        <div class="field"><label for="blackout-to">{t({ id: 'request.lastDay', defaultMessage: 'Last day', description: 'Last day of the leave' })}</label>
          <input id="blackout-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></div>
        <div class="field"><label for="blackout-location">{t({ id: 'blackout.where', defaultMessage: 'Where', description: 'Field: the location of a blackout' })}</label>
          <select id="blackout-location" value={locationId} onChange={(e) => setLocationId(e.currentTarget.value)}>
            <option value="">{t({ id: 'blackout.everywhereChoice', defaultMessage: 'Everywhere', description: 'Choice: every location' })}</option>
            {app.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}</select></div>
        <div class="field"><label for="blackout-type">{t({ id: 'request.leaveType', defaultMessage: 'Leave type', description: 'Field of the request form' })}</label>
          <select id="blackout-type" value={typeId} onChange={(e) => setTypeId(e.currentTarget.value)}>
            <option value="">{t({ id: 'blackout.allTypes', defaultMessage: 'All leave types', description: 'Choice: every leave type' })}</option>
            {app.leaveTypes.map((lt) => <option key={lt.id} value={lt.id}>{lt.name}</option>)}</select></div>
        <fieldset><legend>{t({ id: 'blackout.requestsInIt', defaultMessage: 'Requests in it', description: 'Legend: what happens to requests in a blackout' })}</legend>
          <label class="inline"><input type="radio" name="blackout-mode" checked={mode === 'REFUSE'}
            onChange={() => setMode('REFUSE')} /> {t({ id: 'blackout.refused', defaultMessage: 'Refused', description: 'Blackout mode' })}</label>
          <label class="inline"><input type="radio" name="blackout-mode" checked={mode === 'REQUIRE_ADMIN'}
            onChange={() => setMode('REQUIRE_ADMIN')} /> {t({ id: 'blackout.adminDecides', defaultMessage: 'An admin decides', description: 'Blackout mode' })}</label>
        </fieldset>
        <FieldError id="blackout-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'blackout.add', defaultMessage: 'Add blackout period', description: 'Button' })}</button>
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
  useT();
  return (
    <Section title={t({ id: 'groups.title', defaultMessage: 'Approver groups', description: 'Section of the set-up' })}>
      <ul class="plain">{settings.approverGroups.map((g) => (
        <li key={g.id}>{g.name}: {formatList(g.memberIds.map((m) => app.people.get(m)?.name ?? t({ id: 'context.someone', defaultMessage: 'someone', description: 'A person no longer in the directory, in the middle of a sentence' })))}{' '}
          <ConfirmButton label={t({ id: 'common.remove', defaultMessage: 'Remove {name}', description: 'Button' }, { name: g.name })} question={t({ id: 'groups.removeQuestion', defaultMessage: 'Remove the group {name}? Requests still waiting for it go to the admins.', description: 'Confirmation' }, { name: g.name })}
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveApproverGroup, { groupId: g.id });
              await changed();
            })} /></li>))}</ul>
      <FieldError id="group-remove-error" error={removal.error} />
      <form noValidate aria-label={t({ id: 'groups.setLabel', defaultMessage: 'Set an approver group', description: 'Accessible name of the form' })} onSubmit={async (e) => {
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
        <div class="field"><label for="group-name">{t({ id: 'groups.name', defaultMessage: 'Group name (an existing one gets these members)', description: 'Field' })}</label>
          <input id="group-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <fieldset><legend>{t({ id: 'groups.members', defaultMessage: 'Members', description: 'Legend: the group’s members' })}</legend>
          {approvers.map((p) => (
            <label key={p.id} class="inline"><input type="checkbox" checked={members.includes(p.id)}
              onChange={(e) => setMembers(e.currentTarget.checked ? [...members, p.id]
                : members.filter((m) => m !== p.id))} /> {p.name}</label>))}
        </fieldset>
        <FieldError id="group-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'groups.save', defaultMessage: 'Save group', description: 'Button' })}</button>
      </form>
    </Section>
  );
}

const kindWords = (kind: ApprovalLevelKind) => t({ id: 'chain.kind', defaultMessage: '{kind, select, APPROVERS {their approvers} GROUP {a group} ADMINS {the admins} other {their team\'s managers}}', description: 'Who decides a level of an approval chain' }, { kind });

function ApprovalChains({ settings, changed }: Props) {
  const app = useApp();
  const approving = app.leaveTypes.filter((lt) => lt.requiresApproval && !lt.archived);
  useT();
  return (
    <Section title={t({ id: 'chain.title', defaultMessage: 'Approval chains', description: 'Section of the set-up' })}>
      <p class="muted">{t({ id: 'chain.intro', defaultMessage: 'The levels a request passes, in order, for requests made from now on.', description: 'What chains are' })}</p>
      {approving.map((lt) => <Chain key={lt.id} typeId={lt.id} settings={settings} changed={changed} />)}
    </Section>
  );
}

function Chain({ typeId, settings, changed }: Props & { typeId: string }) {
  const app = useApp();
  const current = settings.leaveTypes.find((lt) => lt.id === typeId)?.approvalLevels ?? [];
  useT();
  const [levels, setLevels] = useState<Level[]>(current.map((l) => ({ kind: l.kind, groupId: l.groupId ?? null })));
  const command = useCommand();
  const id = typeId.replace(/[^a-zA-Z0-9]/g, '');
  const name = leaveTypeName(app, typeId);
  const set = (i: number, level: Level) => setLevels(levels.map((l, j) => (j === i ? level : l)));
  return (
    <form noValidate aria-label={t({ id: 'chain.of', defaultMessage: 'Approval chain of {name}', description: 'Accessible name of the form' }, { name })} onSubmit={async (e) => {
      e.preventDefault();
      await command.run(async () => {
        await app.api.run(SetApprovalChain, { leaveTypeId: typeId, levels });
        await changed();
      });
    }}>
      <h3>{name}</h3>
      {levels.length === 0 && <p class="muted">{t({ id: 'chain.default', defaultMessage: 'One level: the requester\'s approvers (the admins when none).', description: 'A type without a chain' })}</p>}
      <ol>{levels.map((level, i) => (
        <li key={i}>
          <label for={`chain-${id}-${i}`} class="visually-hidden">{t({ id: 'chain.levelOf', defaultMessage: 'Level {level} of {name}', description: 'Accessible name of a level' }, { level: i + 1, name })}</label>
          <select id={`chain-${id}-${i}`} value={level.kind === 'GROUP' ? `GROUP:${level.groupId}` : level.kind}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set(i, v.startsWith('GROUP:') ? { kind: 'GROUP', groupId: v.slice(6) } : { kind: v as ApprovalLevelKind, groupId: null });
            }}>
            <option value="APPROVERS">{kindWords('APPROVERS')}</option>
            <option value="TEAM_MANAGERS">{kindWords('TEAM_MANAGERS')}</option>
            <option value="ADMINS">{kindWords('ADMINS')}</option>
            {settings.approverGroups.map((g) => <option key={g.id} value={`GROUP:${g.id}`}>{t({ id: 'chain.group', defaultMessage: 'the group {name}', description: 'A group deciding a level' }, { name: g.name })}</option>)}
          </select>{' '}
          <button type="button" class="link" onClick={() => setLevels(levels.filter((_, j) => j !== i))}>
            {t({ id: 'chain.removeLevel', defaultMessage: 'Remove level {level}', description: 'Button' }, { level: i + 1 })}</button>
        </li>))}</ol>
      <button type="button" class="secondary" onClick={() => setLevels([...levels, { kind: 'APPROVERS', groupId: null }])}>
        {t({ id: 'chain.addLevel', defaultMessage: 'Add a level', description: 'Button' })}</button>{' '}
      <FieldError id={`chain-error-${id}`} error={command.error} />
      <button type="submit" disabled={command.busy}>{t({ id: 'chain.save', defaultMessage: 'Save chain of {name}', description: 'Button' }, { name })}</button>
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
  useT();
  return (
    <Section title={t({ id: 'report.title', defaultMessage: 'Report', description: 'Section of the set-up' })}>
      <form noValidate aria-label={t({ id: 'report.label', defaultMessage: 'Export a leave report', description: 'Accessible name of the form' })} onSubmit={async (e) => {
        e.preventDefault();
        setMade(undefined);
        await command.run(async () => setMade((await app.api.run(ExportLeaveReport, { from, to,
          locationId: locationId || null, teamId: teamId || null })).exportLeaveReport));
      }}>
        <div class="field"><label for="report-from">{t({ id: 'request.from', defaultMessage: 'From', description: 'Start time of hourly leave' })}</label>
          <input id="report-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></div>
        <div class="field"><label for="report-to">{t({ id: 'report.to', defaultMessage: 'To', description: 'Field: the end of a period' })}</label>
          <input id="report-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></div>
        <div class="field"><label for="report-location">{t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}</label>
          <select id="report-location" value={locationId} onChange={(e) => setLocationId(e.currentTarget.value)}>
            <option value="">{t({ id: 'calendar.everyone', defaultMessage: 'Everyone', description: 'Calendar filter: all locations' })}</option>
            {app.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}</select></div>
        {app.teams.length > 0 && <div class="field"><label for="report-team">{t({ id: 'calendar.team', defaultMessage: 'Team', description: 'Filter of the calendar by team' })}</label>
          <select id="report-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">{t({ id: 'calendar.allTeams', defaultMessage: 'All teams', description: 'Calendar filter: every team' })}</option>
            {app.teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}</select></div>}
        <FieldError id="report-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'report.make', defaultMessage: 'Make the report', description: 'Button' })}</button>
      </form>
      {made && <p role="status">{t({ id: 'report.made', defaultMessage: '{requests, plural, one {# request} other {# requests}} and {balances, plural, one {# balance} other {# balances}}:', description: 'What the report holds' }, { requests: made.requestCount, balances: made.balanceCount })}{' '}
        <a href={made.downloadUrl} download="leave-report.csv">{t({ id: 'report.download', defaultMessage: 'download the CSV', description: 'Link' })}</a>{' '}
        <span class="muted">{t({ id: 'report.expires', defaultMessage: '(the link works for 15 minutes)', description: 'Note beside the link' })}</span></p>}
    </Section>
  );
}
