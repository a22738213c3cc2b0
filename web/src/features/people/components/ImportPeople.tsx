import { t, useT } from '../../../i18n/i18n';
import Papa from 'papaparse';
import { useState } from 'preact/hooks';
import { toApiError } from '../../../api/errors';
import type { Role } from '../../../api/generated';
import { AdjustBalance, AssignApprover } from '../api/operations';
import { addPerson } from '../api/add-person';
import { Section } from '../../../components/ui';
import { useApp, type AppContext } from '../../../lib/context';
import { today } from '../../../lib/format';

/** One row of the file, checked: what it will do, or why it cannot. */
interface Row {
  line: number;
  name: string;
  email: string;
  role: Role;
  locationId: string | null;
  teamId: string | null;
  startDate: string;
  approverEmail: string | null;
  adjustments: { leaveTypeId: string; days: number }[];
  errors: string[];
  /** Already in the organization: the row changes nothing (a file imported twice writes nothing twice). */
  existing: boolean;
}

const ROLES: Record<string, Role> = { member: 'MEMBER', approver: 'APPROVER', admin: 'ADMIN' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks every row against what the API would say, before anything is written. */
export function checkRows(app: AppContext, records: Record<string, string>[]): Row[] {
  const known = new Map([...app.people.values()].map((p) => [p.email.toLowerCase(), p]));
  const inFile = new Map<string, number>();
  const rows = records.map((record, index) => {
    const get = (column: string) => (record[column] ?? '').trim();
    const line = index + 2; // the header is line 1
    const errors: string[] = [];
    const email = get('email').toLowerCase();
    if (!EMAIL.test(email)) errors.push(t({ id: 'import.badEmail', defaultMessage: 'e-mail "{email}" is not an address', description: 'A row’s error' }, { email: get('email') }));
    else if (inFile.has(email)) errors.push(t({ id: 'import.duplicate', defaultMessage: 'e-mail {email} is also on line {line}', description: 'A row’s error' }, { email, line: inFile.get(email) }));
    else inFile.set(email, line);
    const name = get('name');
    if (!name) errors.push(t({ id: 'import.noName', defaultMessage: 'name is empty', description: 'A row’s error' }));
    const role = ROLES[get('role').toLowerCase() || 'member'];
    if (!role) errors.push(t({ id: 'import.badRole', defaultMessage: 'role "{role}" is not member, approver or admin', description: 'A row’s error; member, approver and admin are the file’s words, keep them' }, { role: get('role') }));
    const locationName = get('location');
    const location = app.locations.find((l) => l.name.toLowerCase() === locationName.toLowerCase());
    if (locationName && !location) errors.push(t({ id: 'import.noLocation', defaultMessage: 'location "{name}" does not exist', description: 'A row’s error' }, { name: locationName }));
    const startDate = get('start date') || today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || Number.isNaN(Date.parse(startDate))) {
      errors.push(t({ id: 'import.badDate', defaultMessage: 'start date "{date}" is not a date (YYYY-MM-DD)', description: 'A row’s error' }, { date: startDate }));
    }
    const teamName = get('team');
    const team = app.teams.find((tm) => tm.name.toLowerCase() === teamName.toLowerCase());
    if (teamName && !team) errors.push(t({ id: 'import.noTeam', defaultMessage: 'team "{name}" does not exist (add it in Teams first)', description: 'A row’s error' }, { name: teamName }));
    const adjustments = Object.keys(record).filter((c) => c.toLowerCase().startsWith('adjustment:') && get(c))
      .map((column) => {
        const typeName = column.slice('adjustment:'.length).trim();
        const type = app.leaveTypes.find((lt) => lt.name.toLowerCase() === typeName.toLowerCase());
        const days = Number(get(column).replace(',', '.'));
        if (!type) errors.push(t({ id: 'import.noType', defaultMessage: 'leave type "{name}" does not exist', description: 'A row’s error' }, { name: typeName }));
        if (Number.isNaN(days)) errors.push(t({ id: 'import.badDays', defaultMessage: '"{value}" is not a number of days for {type}', description: 'A row’s error' }, { value: get(column), type: typeName }));
        return { leaveTypeId: type?.id ?? '', days };
      });
    const existingPerson = known.get(email);
    if (existingPerson && (existingPerson.name !== name || existingPerson.role !== role)) {
      errors.push(t({ id: 'import.exists', defaultMessage: '{email} is already {name} ({role, select, ADMIN {admin} APPROVER {approver} other {member}}) in the organization', description: 'A row’s error' }, { email, name: existingPerson.name, role: existingPerson.role }));
    }
    return { line, name, email, role: role ?? 'MEMBER', locationId: location?.id ?? null, teamId: team?.id ?? null,
      startDate,
      approverEmail: get('approver email').toLowerCase() || null, adjustments, errors, existing: !!existingPerson };
  });
  for (const row of rows) {
    if (row.approverEmail && !inFile.has(row.approverEmail) && !known.has(row.approverEmail)) {
      row.errors.push(t({ id: 'import.noApprover', defaultMessage: 'approver {email} is neither in the file nor in the organization', description: 'A row’s error' }, { email: row.approverEmail }));
    }
    const approverRole = rows.find((r) => r.email === row.approverEmail)?.role ?? known.get(row.approverEmail ?? '')?.role;
    if (row.approverEmail && approverRole === 'MEMBER') {
      row.errors.push(t({ id: 'import.memberApprover', defaultMessage: 'approver {email} is a member: make them an approver or admin', description: 'A row’s error' }, { email: row.approverEmail }));
    }
  }
  return rows;
}

/**
 * UTF-8 when the bytes are UTF-8 (with or without Excel's byte-order mark), else Windows-1252: what Excel writes as
 * "CSV" in Western Europe, where a UTF-8 reading would turn every "ü" and "é" into a replacement character.
 */
export function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function finished(failed: number, skipped: number[]): string {
  return t({ id: 'import.finished', defaultMessage: 'Import finished{failed, plural, =0 {} other {: # failed (the others are written)}}{skipped, plural, =0 {} one {{failed, plural, =0 {:} other {;}} # row with errors skipped (line {lines})} other {{failed, plural, =0 {:} other {;}} # rows with errors skipped (lines {lines})}}.', description: 'The end of an import' }, { failed, skipped: skipped.length, lines: skipped.join(', ') });
}

/** People from a CSV file: a preview with every row's errors first, then the import, row by row, with progress. */
export function ImportPeople() {
  const app = useApp();
  const [rows, setRows] = useState<Row[]>();
  const [fileError, setFileError] = useState<string>();
  const [progress, setProgress] = useState<{ done: number; total: number; failed: { line: number; why: string }[] }>();
  const valid = rows?.filter((r) => r.errors.length === 0 && !r.existing) ?? [];
  const skipped = rows?.filter((r) => r.errors.length > 0).map((r) => r.line) ?? [];
  useT();

  const read = async (file: File) => {
    setProgress(undefined);
    let text: string;
    try {
      text = decode(await file.arrayBuffer());
    } catch (e) {
      setFileError(t({ id: 'import.unreadable', defaultMessage: 'The file could not be read: {why}', description: 'The browser could not read the file' }, { why: (e as Error).message }));
      return;
    }
    const result = Papa.parse<Record<string, string>>(text, {
      header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase(),
    });
    if (!result.meta.fields?.includes('email') || !result.meta.fields.includes('name')) {
      setFileError(t({ id: 'import.noHeader', defaultMessage: 'The file needs a header line with at least the columns name and email.', description: 'name and email are the file’s column names, keep them' }));
      setRows(undefined);
      return;
    }
    setFileError(result.errors[0] ? t({ id: 'import.lineError', defaultMessage: 'Line {line}: {why}', description: 'A line of the file could not be parsed' }, { line: (result.errors[0].row ?? 0) + 2, why: result.errors[0].message }) : undefined);
    setRows(checkRows(app, result.data));
  };

  const run = async () => {
    const failed: { line: number; why: string }[] = [];
    setProgress({ done: 0, total: valid.length, failed });
    const ids = new Map([...app.people.values()].map((p) => [p.email.toLowerCase(), p.id]));
    let done = 0;
    for (const row of valid) { // one person at a time: each await lets the page breathe
      try {
        const id = await addPerson(app.api, row);
        ids.set(row.email, id);
        for (const adjustment of row.adjustments) {
          await app.api.run(AdjustBalance, { userId: id, leaveTypeId: adjustment.leaveTypeId,
            year: Number(row.startDate.slice(0, 4)), days: adjustment.days, note: 'opening balance (import)' });
        }
      } catch (e) {
        failed.push({ line: row.line, why: toApiError(e).message });
      }
      setProgress({ done: ++done, total: valid.length + valid.filter((r) => r.approverEmail).length, failed });
    }
    for (const row of valid.filter((r) => r.approverEmail)) { // approvers once everyone exists
      try {
        const userId = ids.get(row.email);
        const approverId = ids.get(row.approverEmail!);
        if (userId && approverId) await app.api.run(AssignApprover, { userId, approverId });
      } catch (e) {
        failed.push({ line: row.line, why: toApiError(e).message });
      }
      setProgress({ done: ++done, total: valid.length + valid.filter((r) => r.approverEmail).length, failed });
    }
    await app.directoryChanged();
  };

  return (
    <Section title={t({ id: 'import.title', defaultMessage: 'Import people from a file', description: 'Section of the set-up' })}>
      <p class="muted">{t({ id: 'import.introHeader', defaultMessage: 'A CSV file with a header line:', description: 'Followed by the file’s columns' })} <code>name,email,role,location,team,start date,approver email</code>{' '}
        {t({ id: 'import.introAdjustment', defaultMessage: 'and, for an opening balance, a column', description: 'Followed by the adjustment column' })} <code>adjustment:&lt;leave type&gt;</code> {t({ id: 'import.introRest', defaultMessage: 'per leave type (days, + or −). Role is member, approver or admin; the start date (YYYY-MM-DD) is when they join their location. Nothing is written before you start the import; people already in the organization are left as they are.', description: 'member, approver and admin are the file’s words, keep them' })}</p>
      <div class="field"><label for="import-file">{t({ id: 'import.file', defaultMessage: 'CSV file', description: 'Field: the file to import' })}</label>
        <input id="import-file" type="file" accept=".csv,text/csv"
               onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) read(f); }} /></div>
      {fileError && <p class="field-error" role="alert">{fileError}</p>}
      {rows && (
        <>
          <p role="status" data-testid="import-summary">{t({ id: 'import.summary', defaultMessage: '{rows, plural, one {# row} other {# rows}}: {valid} to import, {existing} already there, {errors} with errors.', description: 'What the check of the file found' }, { rows: rows.length, valid: valid.length, existing: rows.filter((r) => r.existing && r.errors.length === 0).length, errors: rows.filter((r) => r.errors.length > 0).length })}</p>
          <div class="table-scroll">
            <table class="people">
              <caption class="visually-hidden">{t({ id: 'import.rows', defaultMessage: 'Rows of the file', description: 'Caption of the table' })}</caption>
              <thead><tr><th scope="col">{t({ id: 'import.line', defaultMessage: 'Line', description: 'Column' })}</th><th scope="col">{t({ id: 'import.person', defaultMessage: 'Person', description: 'Column' })}</th><th scope="col">{t({ id: 'import.check', defaultMessage: 'Check', description: 'Column: what the check found' })}</th></tr></thead>
              <tbody>
                {rows.slice(0, 200).map((r) => (
                  <tr key={r.line} data-line={r.line}>
                    <td>{r.line}</td><td>{r.name} <span class="muted">{r.email}</span></td>
                    <td>{r.errors.length > 0 ? <span class="field-error">{r.errors.join('; ')}</span>
                      : r.existing ? t({ id: 'import.already', defaultMessage: 'already there: nothing to do', description: 'A row of someone already in the organization' }) : t({ id: 'import.ready', defaultMessage: 'ready', description: 'A row without errors' })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > 200 && <p class="muted">{t({ id: 'import.first200', defaultMessage: 'The first 200 rows are shown; every row was checked.', description: 'A long file' })}</p>}
          <button type="button" disabled={valid.length === 0 || (progress && progress.done < progress.total)}
                  onClick={run}>{t({ id: 'import.button', defaultMessage: 'Import {count, plural, one {# person} other {# people}}', description: 'Button' }, { count: valid.length })}</button>
        </>
      )}
      {progress && (
        <div>
          <label for="import-progress">{t({ id: 'import.imported', defaultMessage: 'Imported', description: 'Label of the progress bar' })}</label>{' '}
          <progress id="import-progress" max={progress.total} value={progress.done} /> {t({ id: 'import.progress', defaultMessage: '{done} of {total}', description: 'Progress of the import' }, { done: progress.done, total: progress.total })}
          {progress.done === progress.total && <p role="status">{finished(progress.failed.length, skipped)}</p>}
          <ul>{progress.failed.map((f) => <li key={f.line} class="field-error">{t({ id: 'import.lineError', defaultMessage: 'Line {line}: {why}', description: 'A line of the file could not be parsed' }, { line: f.line, why: f.why })}</li>)}</ul>
        </div>
      )}
    </Section>
  );
}
