import { useState } from 'preact/hooks';
import type { RotateCalendarTokenMutation } from '../../../api/generated';
import { RotateCalendarToken } from '../api/operations';
import { FieldError, Section } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { useApp } from '../../../lib/context';
import { useCommand } from '../../../hooks/useCommand';
import { OutOfOfficeChoices } from './OutOfOfficeChoices';

/** The calendar feeds (iCalendar): their secret addresses are shown once, when made; new ones retire the old. */
export function CalendarFeedLinks() {
  const app = useApp();
  useT();
  const [feeds, setFeeds] = useState<RotateCalendarTokenMutation['rotateCalendarToken']>();
  const { error, run } = useCommand();
  const [confirming, setConfirming] = useState(false);
  const rotate = async () => {
    if (await run(async () => setFeeds((await app.api.run(RotateCalendarToken)).rotateCalendarToken))) {
      setConfirming(false);
    }
  };
  return (
    <Section title={t({ id: 'feeds.title', defaultMessage: 'Calendar feeds', description: 'Section of the home page: iCalendar subscriptions' })}>
      <p>{t({ id: 'feeds.intro', defaultMessage: 'Add your approved leave, or your whole organization\'s, to Google Calendar, Outlook or Apple Calendar. The addresses are secret and shown only once; making new ones switches the old ones off.', description: 'What calendar feeds are' })}</p>
      {feeds && (
        <dl class="feeds">
          <div><dt><label for="feed-user">{t({ id: 'feeds.yours', defaultMessage: 'Your leave', description: 'The address of the person\'s own feed' })}</label></dt>
            <dd><input id="feed-user" readOnly value={feeds.userFeedUrl} onFocus={(e) => e.currentTarget.select()} /></dd></div>
          <div><dt><label for="feed-team">{t({ id: 'feeds.everyone', defaultMessage: 'Everyone\'s leave', description: 'The address of the organization\'s feed' })}</label></dt>
            <dd><input id="feed-team" readOnly value={feeds.teamFeedUrl} onFocus={(e) => e.currentTarget.select()} /></dd></div>
        </dl>
      )}
      {!confirming && <button type="button" class="secondary" onClick={() => setConfirming(true)}>
        {feeds ? t({ id: 'feeds.makeNewDots', defaultMessage: 'Make new addresses…', description: 'Button' })
          : t({ id: 'feeds.show', defaultMessage: 'Show calendar addresses…', description: 'Button' })}</button>}
      {confirming && (
        <div class="confirm" role="group" aria-label={t({ id: 'feeds.confirmLabel', defaultMessage: 'Make new calendar addresses?', description: 'Accessible name of the confirmation' })}>
          <span>{t({ id: 'feeds.confirm', defaultMessage: 'Any addresses you made before stop working at once.', description: 'Warning before new feed addresses' })}</span>
          <button type="button" onClick={rotate}>{t({ id: 'feeds.makeNew', defaultMessage: 'Make new addresses', description: 'Confirms new feed addresses' })}</button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t({ id: 'common.notNow', defaultMessage: 'Not now', description: 'Takes back a step before it is made' })}</button>
        </div>
      )}
      <FieldError id="feeds-error" error={error} />
      <OutOfOfficeChoices />
    </Section>
  );
}
