import { useState } from 'preact/hooks';
import type { RotateCalendarTokenMutation } from '../../../api/generated';
import { RotateCalendarToken } from '../api/operations';
import { FieldError, Section } from '../../../components/ui';
import { useApp } from '../../../lib/context';
import { useCommand } from '../../../hooks/useCommand';

/** The calendar feeds (iCalendar): their secret addresses are shown once, when made; new ones retire the old. */
export function CalendarFeedLinks() {
  const app = useApp();
  const [feeds, setFeeds] = useState<RotateCalendarTokenMutation['rotateCalendarToken']>();
  const { error, run } = useCommand();
  const [confirming, setConfirming] = useState(false);
  const rotate = async () => {
    if (await run(async () => setFeeds((await app.api.run(RotateCalendarToken)).rotateCalendarToken))) {
      setConfirming(false);
    }
  };
  return (
    <Section title="Calendar feeds">
      <p>Add your approved leave, or your whole organization's, to Google Calendar, Outlook or Apple Calendar.
        The addresses are secret and shown only once; making new ones switches the old ones off.</p>
      {feeds && (
        <dl class="feeds">
          <div><dt><label for="feed-user">Your leave</label></dt>
            <dd><input id="feed-user" readOnly value={feeds.userFeedUrl} onFocus={(e) => e.currentTarget.select()} /></dd></div>
          <div><dt><label for="feed-team">Everyone's leave</label></dt>
            <dd><input id="feed-team" readOnly value={feeds.teamFeedUrl} onFocus={(e) => e.currentTarget.select()} /></dd></div>
        </dl>
      )}
      {!confirming && <button type="button" class="secondary" onClick={() => setConfirming(true)}>
        {feeds ? 'Make new addresses…' : 'Show calendar addresses…'}</button>}
      {confirming && (
        <div class="confirm" role="group" aria-label="Make new calendar addresses?">
          <span>Any addresses you made before stop working at once.</span>
          <button type="button" onClick={rotate}>Make new addresses</button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>Not now</button>
        </div>
      )}
      <FieldError id="feeds-error" error={error} />
    </Section>
  );
}
