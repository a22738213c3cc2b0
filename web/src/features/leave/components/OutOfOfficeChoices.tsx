import { useState } from 'preact/hooks';
import { UpdateMyPreferences } from '../../../api/operations';
import { FieldError } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { useApp } from '../../../lib/context';
import { useCommand } from '../../../hooks/useCommand';

/**
 * Whether the person's approved leave goes into their own Google or Outlook calendar and turns on their automatic
 * reply (SPEC §8), where the organization connected one; each saved as soon as it is ticked.
 */
export function OutOfOfficeChoices() {
  const app = useApp();
  useT();
  const [events, setEvents] = useState(app.me.calendarEvents);
  const [reply, setReply] = useState(app.me.outOfOfficeReply);
  const { error, run, busy } = useCommand();
  // shown as ticked at once; put back as it was if the server refuses
  const save = async (calendarEvents: boolean, outOfOfficeReply: boolean) => {
    const before = [events, reply] as const;
    setEvents(calendarEvents);
    setReply(outOfOfficeReply);
    if (!await run(() => app.api.run(UpdateMyPreferences, { calendarEvents, outOfOfficeReply }))) {
      setEvents(before[0]);
      setReply(before[1]);
    }
  };
  return (
    <fieldset class="choices" disabled={busy}>
      <legend>{t({ id: 'ooo.legend', defaultMessage: 'Where your organization connected Google Workspace or Microsoft 365', description: 'Legend of two choices on the home page' })}</legend>
      <label class="inline"><input type="checkbox" checked={events} onChange={(e) => save(e.currentTarget.checked, reply)} />
        {' '}{t({ id: 'ooo.events', defaultMessage: 'Put my approved leave in my own calendar', description: 'Choice' })}</label>
      <label class="inline"><input type="checkbox" checked={reply} onChange={(e) => save(events, e.currentTarget.checked)} />
        {' '}{t({ id: 'ooo.reply', defaultMessage: 'Turn on my automatic reply while I am away (a reply I set myself is never changed)', description: 'Choice' })}</label>
      <FieldError id="ooo-error" error={error} />
    </fieldset>
  );
}
