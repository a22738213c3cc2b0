import { useState } from 'preact/hooks';
import type { CalendarProvider, TestCalendarConnectionMutation } from '../../../api/generated';
import { Calendars, ConnectCalendarProvider, DisconnectCalendarProvider, TestCalendarConnection } from '../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { useApp } from '../../../lib/context';
import { formatDay } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

/**
 * Google Workspace or Microsoft 365, connected once (SPEC §8): approved leave then goes into each person's own
 * calendar and sets their out-of-office reply. The credentials go to the secret store and are never shown again.
 */
export function CalendarConnection() {
  const app = useApp();
  useT();
  const state = useLive(app.live, ['settings'], () => app.api.run(Calendars, {}), []);
  const connection = state.data?.calendarConnection;
  const [provider, setProvider] = useState<CalendarProvider>('GOOGLE_WORKSPACE');
  const [credentials, setCredentials] = useState('');
  const [template, setTemplate] = useState('');
  const [test, setTest] = useState<TestCalendarConnectionMutation['testCalendarConnection']>();
  const connect = useCommand();
  const testing = useCommand();
  const disconnect = useCommand();
  const providerName = (p: CalendarProvider) => t({ id: 'calendars.provider', defaultMessage: '{provider, select, GOOGLE_WORKSPACE {Google Workspace} other {Microsoft 365}}', description: 'A calendar provider\'s name' }, { provider: p });
  return (
    <Section title={t({ id: 'calendars.title', defaultMessage: 'Calendars and out-of-office', description: 'Section of the set-up' })}>
      <p class="muted">{t({ id: 'calendars.intro', defaultMessage: 'Approved leave goes into each person\'s own calendar as an out-of-office event, and turns on their automatic reply for its dates. Nothing is read back from calendars. Each person may opt out of either on their home page; a reply someone set by hand is never changed.', description: 'What connecting a calendar provider does' })}</p>
      <LoadError error={state.error} retry={state.reload} />
      {connection && (
        <div>
          <p role="status">{t({ id: 'calendars.connected', defaultMessage: 'Connected to {provider} since {day}.', description: 'The connection\'s state' }, { provider: providerName(connection.provider), day: formatDay(connection.connectedAt.slice(0, 10)) })}</p>
          <div class="actions">
            <button type="button" disabled={testing.busy} onClick={() => testing.run(async () => {
              setTest((await app.api.run(TestCalendarConnection, {})).testCalendarConnection);
            })}>{t({ id: 'calendars.test', defaultMessage: 'Test the connection', description: 'Button' })}</button>
            <ConfirmButton label={t({ id: 'calendars.disconnect', defaultMessage: 'Disconnect', description: 'Button' })}
              question={t({ id: 'calendars.disconnectQuestion', defaultMessage: 'Stop writing to calendars and replies, and delete the credentials? What is already in calendars stays.', description: 'Confirmation' })}
              onConfirm={() => disconnect.run(async () => {
                await app.api.run(DisconnectCalendarProvider, {});
                setTest(undefined);
                state.reload();
              })} />
          </div>
          <FieldError id="calendar-test-error" error={testing.error ?? disconnect.error} />
          {test && (test.ok
            ? <p role="status" class="notice">{t({ id: 'calendars.testOk', defaultMessage: 'All is well in {mailbox}: events and automatic replies can be written.', description: 'A passed connection test' }, { mailbox: test.mailbox })}</p>
            : <div role="alert" class="notice notice-error"><p>{t({ id: 'calendars.testProblems', defaultMessage: 'Tested in {mailbox}; to do:', description: 'Followed by the problems found' }, { mailbox: test.mailbox })}</p>
              <ul>{test.problems.map((p) => <li key={p}>{p}</li>)}</ul></div>)}
          <Deliveries items={state.data?.calendarDeliveries ?? []} reload={state.reload} />
        </div>
      )}
      <form noValidate aria-label={t({ id: 'calendars.connectLabel', defaultMessage: 'Connect a calendar provider', description: 'Accessible name of the form' })} onSubmit={async (e) => {
        e.preventDefault();
        const done = await connect.run(async () => {
          await app.api.run(ConnectCalendarProvider, { provider, credentials, replyTemplate: template.trim() || null });
        });
        if (done) {
          setCredentials('');
          setTest(undefined);
          state.reload();
        }
      }}>
        <fieldset><legend>{t({ id: 'calendars.providerLegend', defaultMessage: 'Where your people\'s calendars are', description: 'Legend' })}</legend>
          {(['GOOGLE_WORKSPACE', 'MICROSOFT_365'] as const).map((p) => (
            <label key={p} class="inline"><input type="radio" name="calendar-provider" checked={provider === p}
              onChange={() => setProvider(p)} /> {providerName(p)}</label>))}
        </fieldset>
        <div class="field"><label for="calendar-credentials">{provider === 'GOOGLE_WORKSPACE'
          ? t({ id: 'calendars.googleKey', defaultMessage: 'The service account\'s key file (JSON), with domain-wide delegation for the scopes calendar.events and gmail.settings.basic', description: 'Field' })
          : t({ id: 'calendars.microsoftKey', defaultMessage: 'The app registration, as JSON with tenantId, clientId and clientSecret; application permissions Calendars.ReadWrite and MailboxSettings.ReadWrite with admin consent', description: 'Field' })}</label>
          <textarea id="calendar-credentials" rows={5} spellcheck={false} value={credentials}
            aria-invalid={connect.error?.field === 'credentials'} aria-describedby={connect.error?.field === 'credentials' ? 'calendar-error' : undefined}
            onInput={(e) => setCredentials(e.currentTarget.value)} /></div>
        {connect.error?.field === 'credentials' && <FieldError id="calendar-error" error={connect.error} />}
        <div class="field"><label for="calendar-template">{t({ id: 'calendars.template', defaultMessage: 'Automatic reply (optional; {name}, {firstDay}, {lastDay} and {contact} are filled in; empty: a reply in each person\'s language naming their approver)', description: 'Field; the words in braces stay as they are' }, { name: '{name}', firstDay: '{firstDay}', lastDay: '{lastDay}', contact: '{contact}' })}</label>
          <textarea id="calendar-template" rows={3} value={template} onInput={(e) => setTemplate(e.currentTarget.value)} /></div>
        {connect.error?.field !== 'credentials' && <FieldError id="calendar-error" error={connect.error} />}
        <button type="submit" disabled={connect.busy}>{connection
          ? t({ id: 'calendars.replace', defaultMessage: 'Connect with these credentials instead', description: 'Button' })
          : t({ id: 'calendars.connect', defaultMessage: 'Connect', description: 'Button' })}</button>
      </form>
    </Section>
  );
}

type Delivery = { requestId: string; mailbox: string; action: string; attempt: number; statusCode: number;
  succeeded: boolean; error: string | null; at: string };

function Deliveries({ items, reload }: { items: Delivery[]; reload: () => void }) {
  useT();
  return (
    <div>
      {items.length === 0 ? <p class="muted">{t({ id: 'calendars.noDeliveries', defaultMessage: 'Nothing delivered yet: the next approval is.', description: 'Empty delivery log' })}</p> : (
        <table>
          <caption>{t({ id: 'deliveries.caption', defaultMessage: 'Latest deliveries', description: 'Caption' })}</caption>
          <thead><tr><th scope="col">{t({ id: 'deliveries.when', defaultMessage: 'When', description: 'Column' })}</th>
            <th scope="col">{t({ id: 'calendars.mailbox', defaultMessage: 'Mailbox', description: 'Column' })}</th>
            <th scope="col">{t({ id: 'calendars.action', defaultMessage: 'What', description: 'Column' })}</th>
            <th scope="col">{t({ id: 'deliveries.attempt', defaultMessage: 'Attempt', description: 'Column' })}</th>
            <th scope="col">{t({ id: 'deliveries.response', defaultMessage: 'Response', description: 'Column' })}</th></tr></thead>
          <tbody>{items.map((d) => (
            <tr key={`${d.at}-${d.requestId}-${d.action}-${d.attempt}`}><td>{formatDay(d.at.slice(0, 10))} {d.at.slice(11, 19)}</td>
              <td>{d.mailbox}</td>
              <td>{t({ id: 'calendars.deliveryAction', defaultMessage: '{action, select, EVENT_CREATED {Event made} EVENT_UPDATED {Event moved} EVENT_REMOVED {Event removed} REPLY_SET {Reply set} REPLY_CLEARED {Reply switched off} other {Their own reply kept}}', description: 'What a delivery did' }, { action: d.action })}</td>
              <td>{d.attempt}</td>
              <td>{d.succeeded ? t({ id: 'calendars.done', defaultMessage: 'done', description: 'A delivery that worked' }) : d.error ?? t({ id: 'deliveries.failed', defaultMessage: '{status} failed', description: 'An HTTP status that failed' }, { status: d.statusCode })}</td></tr>))}
          </tbody>
        </table>)}
      <button type="button" class="link" onClick={reload}>{t({ id: 'deliveries.refresh', defaultMessage: 'Refresh', description: 'Button' })}</button>
    </div>
  );
}
