import { useState } from 'preact/hooks';
import { ChooseOptionalHoliday, OptionalHolidays, UnchooseOptionalHoliday } from '../api/operations';
import { FieldError, LoadError, Section } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { useApp } from '../../../lib/context';
import { formatDay } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

/**
 * A person's floating holidays of a year (SPEC §3.9): those their location offers, and which they chose. A chosen one
 * is a holiday for them alone, so leave over it counts a day less; shown only where the location offers some.
 */
export function OptionalHolidayChoice({ year }: { year: number }) {
  const app = useApp();
  useT();
  const offered = useLive(app.live, ['settings', 'balances'],
    () => app.api.run(OptionalHolidays, { year }).then((d) => d.optionalHolidays), [year]);
  const [pending, setPending] = useState<string>();
  const command = useCommand();
  const data = offered.data;
  if (!offered.error && (!data || data.holidays.length === 0)) return null;
  const change = (date: string, chosen: boolean) => {
    setPending(date);
    void command.run(async () => {
      await (chosen ? app.api.run(UnchooseOptionalHoliday, { date }) : app.api.run(ChooseOptionalHoliday, { date }));
      app.live.changedByMe(); // the days of leave over it and the balances change; this list reloads with them
    }).finally(() => setPending(undefined));
  };
  return (
    <Section title={t({ id: 'optional.title', defaultMessage: 'Optional holidays {year}', description: 'Section of the home page: floating holidays' }, { year: String(year) })}>
      <LoadError error={offered.error} retry={offered.reload} />
      {data && <>
        <p>{t({ id: 'optional.intro', defaultMessage: 'You may choose {perYear} of these as holidays of your own in {year}; you chose {chosen}. Leave over a chosen one counts a day less.', description: 'How floating holidays work' }, { perYear: data.perYear, year: String(year), chosen: data.chosen })}</p>
        <ul class="plain">{data.holidays.map((h) => (
          <li key={h.date}>{t({ id: 'optional.holiday', defaultMessage: '{day}: {name}{chosen, select, yes { (chosen)} other {}}', description: 'One floating holiday' }, { day: formatDay(h.date), name: h.name, chosen: h.chosen ? 'yes' : 'no' })}{' '}
            <button type="button" class="secondary" disabled={pending === h.date}
                    aria-describedby={command.error ? 'optional-holiday-error' : undefined}
                    onClick={() => change(h.date, h.chosen)}>
              {h.chosen ? t({ id: 'optional.giveBack', defaultMessage: 'Give back {name}', description: 'Button: no longer take this holiday' }, { name: h.name })
                : t({ id: 'optional.choose', defaultMessage: 'Choose {name}', description: 'Button: take this holiday' }, { name: h.name })}</button></li>))}</ul>
        <FieldError id="optional-holiday-error" error={command.error} />
      </>}
    </Section>
  );
}
