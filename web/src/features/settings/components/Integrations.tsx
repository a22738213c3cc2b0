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
  return (
    <Section title="Webhooks">
      <p class="muted">Each endpoint receives the events it names, signed with its own secret, retried when it fails.</p>
      <LoadError error={hooks.error} retry={hooks.reload} />
      <ul class="plain">{hooks.data?.webhooks.map((w) => (
        <li key={w.id}><details><summary>{w.url} <span class="muted">({w.eventTypes.join(', ')})</span></summary>
          <Deliveries webhookId={w.id} />
          <ConfirmButton label={`Remove ${w.url}`} question={`Stop sending events to ${w.url}? Its delivery log stays.`}
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveWebhook, { webhookId: w.id });
              hooks.reload();
            })} />
        </details></li>))}</ul>
      <FieldError id="webhook-remove-error" error={removal.error} />
      <form noValidate aria-label="Register a webhook" onSubmit={async (e) => {
        e.preventDefault();
        setSecret(undefined);
        await command.run(async () => {
          setSecret((await app.api.run(RegisterWebhook, { url: url.trim(), eventTypes: types })).registerWebhook.secret);
          hooks.reload();
        });
      }}>
        <div class="field"><label for="webhook-url">Endpoint (HTTPS, public)</label>
          <input id="webhook-url" type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} /></div>
        <fieldset><legend>Events it receives</legend>
          {(hooks.data?.webhookEventTypes ?? []).map((t) => (
            <label key={t} class="inline"><input type="checkbox" checked={types.includes(t)} onChange={(e) =>
              setTypes(e.currentTarget.checked ? [...types, t] : types.filter((x) => x !== t))} /> {t}</label>))}
        </fieldset>
        <FieldError id="webhook-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Register webhook</button>
      </form>
      {secret && <p role="status">Its signing secret, shown only now: <code>{secret}</code></p>}
    </Section>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const app = useApp();
  const log = useLive(app.live, [], () => app.api.run(WebhookDeliveries, { webhookId }), [webhookId]);
  const items = log.data?.webhookDeliveriesPage.items ?? [];
  return (
    <div>
      <LoadError error={log.error} retry={log.reload} />
      {items.length === 0 ? <p class="muted">Nothing delivered yet.</p> : (
        <table>
          <caption>Latest deliveries</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Event</th><th scope="col">Attempt</th>
            <th scope="col">Response</th></tr></thead>
          <tbody>{items.map((d) => (
            <tr key={`${d.eventId}-${d.attempt}`}><td>{formatDay(d.at.slice(0, 10))} {d.at.slice(11, 19)}</td>
              <td>{d.eventType}</td><td>{d.attempt}</td>
              <td>{d.succeeded ? `${d.statusCode} delivered` : d.statusCode ? `${d.statusCode} failed` : d.error ?? 'unreachable'}</td></tr>))}
          </tbody>
        </table>)}
      <button type="button" class="link" onClick={log.reload}>Refresh</button>
    </div>
  );
}
