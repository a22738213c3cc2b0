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
    if (!EMAIL.test(email)) errors.push(`e-mail "${get('email')}" is not an address`);
    else if (inFile.has(email)) errors.push(`e-mail ${email} is also on line ${inFile.get(email)}`);
    else inFile.set(email, line);
    const name = get('name');
    if (!name) errors.push('name is empty');
    const role = ROLES[get('role').toLowerCase() || 'member'];
    if (!role) errors.push(`role "${get('role')}" is not member, approver or admin`);
    const locationName = get('location');
    const location = app.locations.find((l) => l.name.toLowerCase() === locationName.toLowerCase());
    if (locationName && !location) errors.push(`location "${locationName}" does not exist`);
    const startDate = get('start date') || today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || Number.isNaN(Date.parse(startDate))) {
      errors.push(`start date "${startDate}" is not a date (YYYY-MM-DD)`);
    }
    const teamName = get('team');
    const team = app.teams.find((t) => t.name.toLowerCase() === teamName.toLowerCase());
    if (teamName && !team) errors.push(`team "${teamName}" does not exist (add it in Teams first)`);
    const adjustments = Object.keys(record).filter((c) => c.toLowerCase().startsWith('adjustment:') && get(c))
      .map((column) => {
        const typeName = column.slice('adjustment:'.length).trim();
        const type = app.leaveTypes.find((t) => t.name.toLowerCase() === typeName.toLowerCase());
        const days = Number(get(column).replace(',', '.'));
        if (!type) errors.push(`leave type "${typeName}" does not exist`);
        if (Number.isNaN(days)) errors.push(`"${get(column)}" is not a number of days for ${typeName}`);
        return { leaveTypeId: type?.id ?? '', days };
      });
    const existingPerson = known.get(email);
    if (existingPerson && (existingPerson.name !== name || existingPerson.role !== role)) {
      errors.push(`${email} is already ${existingPerson.name} (${existingPerson.role.toLowerCase()}) in the organization`);
    }
    return { line, name, email, role: role ?? 'MEMBER', locationId: location?.id ?? null, teamId: team?.id ?? null,
      startDate,
      approverEmail: get('approver email').toLowerCase() || null, adjustments, errors, existing: !!existingPerson };
  });
  for (const row of rows) {
    if (row.approverEmail && !inFile.has(row.approverEmail) && !known.has(row.approverEmail)) {
      row.errors.push(`approver ${row.approverEmail} is neither in the file nor in the organization`);
    }
    const approverRole = rows.find((r) => r.email === row.approverEmail)?.role ?? known.get(row.approverEmail ?? '')?.role;
    if (row.approverEmail && approverRole === 'MEMBER') {
      row.errors.push(`approver ${row.approverEmail} is a member: make them an approver or admin`);
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
  const parts = [failed > 0 ? `${failed} failed (the others are written)` : '',
    skipped.length > 0 ? `${skipped.length} ${skipped.length === 1 ? 'row' : 'rows'} with errors skipped (line`
      + `${skipped.length === 1 ? '' : 's'} ${skipped.join(', ')})` : ''].filter(Boolean);
  return `Import finished${parts.length > 0 ? `: ${parts.join('; ')}.` : '.'}`;
}

/** People from a CSV file: a preview with every row's errors first, then the import, row by row, with progress. */
export function ImportPeople() {
  const app = useApp();
  const [rows, setRows] = useState<Row[]>();
  const [fileError, setFileError] = useState<string>();
  const [progress, setProgress] = useState<{ done: number; total: number; failed: { line: number; why: string }[] }>();
  const valid = rows?.filter((r) => r.errors.length === 0 && !r.existing) ?? [];
  const skipped = rows?.filter((r) => r.errors.length > 0).map((r) => r.line) ?? [];

  const read = async (file: File) => {
    setProgress(undefined);
    let text: string;
    try {
      text = decode(await file.arrayBuffer());
    } catch (e) {
      setFileError(`The file could not be read: ${(e as Error).message}`);
      return;
    }
    const result = Papa.parse<Record<string, string>>(text, {
      header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase(),
    });
    if (!result.meta.fields?.includes('email') || !result.meta.fields.includes('name')) {
      setFileError('The file needs a header line with at least the columns name and email.');
      setRows(undefined);
      return;
    }
    setFileError(result.errors[0] ? `Line ${(result.errors[0].row ?? 0) + 2}: ${result.errors[0].message}` : undefined);
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
    <Section title="Import people from a file">
      <p class="muted">A CSV file with a header line: <code>name,email,role,location,team,start date,approver email</code>{' '}
        and, for an opening balance, a column <code>adjustment:&lt;leave type&gt;</code> per leave type (days, + or −).
        Role is member, approver or admin; the start date (YYYY-MM-DD) is when they join their location. Nothing is
        written before you start the import; people already in the organization are left as they are.</p>
      <div class="field"><label for="import-file">CSV file</label>
        <input id="import-file" type="file" accept=".csv,text/csv"
               onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) read(f); }} /></div>
      {fileError && <p class="field-error" role="alert">{fileError}</p>}
      {rows && (
        <>
          <p role="status" data-testid="import-summary">{rows.length} rows: {valid.length} to import,{' '}
            {rows.filter((r) => r.existing && r.errors.length === 0).length} already there,{' '}
            {rows.filter((r) => r.errors.length > 0).length} with errors.</p>
          <div class="table-scroll">
            <table class="people">
              <caption class="visually-hidden">Rows of the file</caption>
              <thead><tr><th scope="col">Line</th><th scope="col">Person</th><th scope="col">Check</th></tr></thead>
              <tbody>
                {rows.slice(0, 200).map((r) => (
                  <tr key={r.line} data-line={r.line}>
                    <td>{r.line}</td><td>{r.name} <span class="muted">{r.email}</span></td>
                    <td>{r.errors.length > 0 ? <span class="field-error">{r.errors.join('; ')}</span>
                      : r.existing ? 'already there: nothing to do' : 'ready'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > 200 && <p class="muted">The first 200 rows are shown; every row was checked.</p>}
          <button type="button" disabled={valid.length === 0 || (progress && progress.done < progress.total)}
                  onClick={run}>Import {valid.length} {valid.length === 1 ? 'person' : 'people'}</button>
        </>
      )}
      {progress && (
        <div>
          <label for="import-progress">Imported</label>{' '}
          <progress id="import-progress" max={progress.total} value={progress.done} /> {progress.done} of {progress.total}
          {progress.done === progress.total && <p role="status">{finished(progress.failed.length, skipped)}</p>}
          <ul>{progress.failed.map((f) => <li key={f.line} class="field-error">Line {f.line}: {f.why}</li>)}</ul>
        </div>
      )}
    </Section>
  );
}
