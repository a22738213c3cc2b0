import { t, useT } from '../../../i18n/i18n';
import { useState } from 'preact/hooks';
import { RegisterWebhook, RemoveWebhook, WebhookDeliveries, Webhooks } from '../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../../../components/ui';
import { useApp } from '../../../lib/context';
import { formatDay } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

/** Webhooks: where the organization's events go, each endpoint's delivery log, registration and removal. */
export function Integrations() {
  const app = useApp();
  const hooks = useLive(app.live, ['settings'], () => app.api.run(Webhooks, {}), []);
  const [url, setUrl] = useState('https://');
  const [types, setTypes] = useState<string[]>([]);
  const [secret, setSecret] = useState<string>();
  const command = useCommand();
  const removal = useCommand();
  useT();
  return (
    <Section title={t({ id: 'webhooks.title', defaultMessage: 'Webhooks', description: 'Section of the set-up' })}>
      <p class="muted">{t({ id: 'webhooks.intro', defaultMessage: 'Each endpoint receives the events it names, signed with its own secret, retried when it fails.', description: 'What webhooks do' })}</p>
      <LoadError error={hooks.error} retry={hooks.reload} />
      <ul class="plain">{hooks.data?.webhooks.map((w) => (
        <li key={w.id}><details><summary>{w.url} <span class="muted">({w.eventTypes.join(', ')})</span></summary>
          <Deliveries webhookId={w.id} />
          <ConfirmButton label={t({ id: 'common.remove', defaultMessage: 'Remove {name}', description: 'Button' }, { name: w.url })} question={t({ id: 'webhooks.removeQuestion', defaultMessage: 'Stop sending events to {url}? Its delivery log stays.', description: 'Confirmation' }, { url: w.url })}
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveWebhook, { webhookId: w.id });
              hooks.reload();
            })} />
        </details></li>))}</ul>
      <FieldError id="webhook-remove-error" error={removal.error} />
      <form noValidate aria-label={t({ id: 'webhooks.registerLabel', defaultMessage: 'Register a webhook', description: 'Accessible name of the form' })} onSubmit={async (e) => {
        e.preventDefault();
        setSecret(undefined);
        await command.run(async () => {
          setSecret((await app.api.run(RegisterWebhook, { url: url.trim(), eventTypes: types })).registerWebhook.secret);
          hooks.reload();
        });
      }}>
        <div class="field"><label for="webhook-url">{t({ id: 'webhooks.endpoint', defaultMessage: 'Endpoint (HTTPS, public)', description: 'Field' })}</label>
          <input id="webhook-url" type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} /></div>
        <fieldset><legend>{t({ id: 'webhooks.events', defaultMessage: 'Events it receives', description: 'Legend; the event names stay as they are' })}</legend>
          {(hooks.data?.webhookEventTypes ?? []).map((t) => (
            <label key={t} class="inline"><input type="checkbox" checked={types.includes(t)} onChange={(e) =>
              setTypes(e.currentTarget.checked ? [...types, t] : types.filter((x) => x !== t))} /> {t}</label>))}
        </fieldset>
        <FieldError id="webhook-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'webhooks.register', defaultMessage: 'Register webhook', description: 'Button' })}</button>
      </form>
      {secret && <p role="status">{t({ id: 'webhooks.secret', defaultMessage: 'Its signing secret, shown only now:', description: 'Followed by the secret' })} <code>{secret}</code></p>}
    </Section>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const app = useApp();
  const log = useLive(app.live, [], () => app.api.run(WebhookDeliveries, { webhookId }), [webhookId]);
  const items = log.data?.webhookDeliveriesPage.items ?? [];
  useT();
  return (
    <div>
      <LoadError error={log.error} retry={log.reload} />
      {items.length === 0 ? <p class="muted">{t({ id: 'deliveries.none', defaultMessage: 'Nothing delivered yet.', description: 'Empty delivery log' })}</p> : (
        <table>
          <caption>{t({ id: 'deliveries.caption', defaultMessage: 'Latest deliveries', description: 'Caption' })}</caption>
          <thead><tr><th scope="col">{t({ id: 'deliveries.when', defaultMessage: 'When', description: 'Column' })}</th><th scope="col">{t({ id: 'deliveries.event', defaultMessage: 'Event', description: 'Column' })}</th><th scope="col">{t({ id: 'deliveries.attempt', defaultMessage: 'Attempt', description: 'Column' })}</th>
            <th scope="col">{t({ id: 'deliveries.response', defaultMessage: 'Response', description: 'Column' })}</th></tr></thead>
          <tbody>{items.map((d) => (
            <tr key={`${d.eventId}-${d.attempt}`}><td>{formatDay(d.at.slice(0, 10))} {d.at.slice(11, 19)}</td>
              <td>{d.eventType}</td><td>{d.attempt}</td>
              <td>{d.succeeded ? t({ id: 'deliveries.delivered', defaultMessage: '{status} delivered', description: 'An HTTP status that delivered' }, { status: d.statusCode }) : d.statusCode ? t({ id: 'deliveries.failed', defaultMessage: '{status} failed', description: 'An HTTP status that failed' }, { status: d.statusCode }) : d.error ?? t({ id: 'deliveries.unreachable', defaultMessage: 'unreachable', description: 'The endpoint did not answer' })}</td></tr>))}
          </tbody>
        </table>)}
      <button type="button" class="link" onClick={log.reload}>{t({ id: 'deliveries.refresh', defaultMessage: 'Refresh', description: 'Button' })}</button>
    </div>
  );
}
