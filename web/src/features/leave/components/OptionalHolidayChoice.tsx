import { useState } from 'preact/hooks';
import { ChooseOptionalHoliday, OptionalHolidays, UnchooseOptionalHoliday } from '../api/operations';
import { FieldError, LoadError, Section } from '../../../components/ui';
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
    <Section title={`Optional holidays ${year}`}>
      <LoadError error={offered.error} retry={offered.reload} />
      {data && <>
        <p>You may choose {data.perYear} of these as holidays of your own in {year}; you chose {data.chosen}.
          Leave over a chosen one counts a day less.</p>
        <ul class="plain">{data.holidays.map((h) => (
          <li key={h.date}>{formatDay(h.date)}: {h.name}{h.chosen ? ' (chosen)' : ''}{' '}
            <button type="button" class="secondary" disabled={pending === h.date}
                    aria-describedby={command.error ? 'optional-holiday-error' : undefined}
                    onClick={() => change(h.date, h.chosen)}>
              {h.chosen ? `Give back ${h.name}` : `Choose ${h.name}`}</button></li>))}</ul>
        <FieldError id="optional-holiday-error" error={command.error} />
      </>}
    </Section>
  );
}
