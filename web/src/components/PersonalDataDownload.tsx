import { useState } from 'preact/hooks';
import { ExportPersonalData } from '../api/operations';
import type { ExportPersonalDataMutation } from '../api/generated';
import { t, useT } from '../i18n/i18n';
import { useApp } from '../lib/context';
import { useCommand } from '../hooks/useCommand';
import { FieldError } from './ui';

/**
 * Everything stored about a person as one JSON file (SPEC §3.10, GDPR Art. 15): the person's own (userId left out)
 * on their home page, anyone's for an admin in the person's details. Each export is in the person's audit trail.
 */
export function PersonalDataDownload({ userId, name }: { userId?: string; name?: string }) {
  const app = useApp();
  useT();
  const [made, setMade] = useState<ExportPersonalDataMutation['exportPersonalData']>();
  const command = useCommand();
  const id = `personal-data-${userId ?? 'mine'}`;
  return (
    <div class="personal-data">
      <button type="button" class="secondary" disabled={command.busy} onClick={() => command.run(async () => {
        setMade((await app.api.run(ExportPersonalData, { userId: userId ?? null })).exportPersonalData);
      })}>{name
        ? t({ id: 'personalData.exportOf', defaultMessage: 'Export the data of {name}', description: 'Button of an admin' }, { name })
        : t({ id: 'personalData.exportMine', defaultMessage: 'Download my data', description: 'Button on the home page' })}</button>
      <FieldError id={`${id}-error`} error={command.error} />
      {made && <p role="status">{t({ id: 'personalData.made', defaultMessage: 'Everything stored: {events, plural, one {# event} other {# events}} and {requests, plural, one {# request} other {# requests}}, with balances of every year:', description: 'What the file holds' }, { events: made.eventCount, requests: made.requestCount })}{' '}
        <a href={made.url} download="personal-data.json">{t({ id: 'personalData.download', defaultMessage: 'download the JSON file', description: 'Link' })}</a>{' '}
        <span class="muted">{t({ id: 'report.expires', defaultMessage: '(the link works for 15 minutes)', description: 'Note beside the link' })}</span></p>}
    </div>
  );
}
