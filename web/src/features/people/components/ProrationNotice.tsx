import { t, useT } from '../../../i18n/i18n';
import { useEffect, useState } from 'preact/hooks';
import { toApiError, type ApiError } from '../../../api/errors';
import type { PreviewAllowancesQuery } from '../../../api/generated';
import { Policies } from '../../../api/operations';
import { PreviewAllowances } from '../api/operations';
import { FieldError } from '../../../components/ui';
import { leaveTypeName, useApp } from '../../../lib/context';
import { formatAmount, formatDay } from '../../../lib/format';

type Allowance = PreviewAllowancesQuery['previewAllowances'][number];

/**
 * What a start or move date does to the person's allowances, before it is saved: the server counts the year with the
 * date applied (the same calculator as every balance), and a prorated figure is said with the full one beside it.
 */
export function ProrationNotice({ id, userId, locationId, effectiveDate }: {
  id: string; userId?: string; locationId: string; effectiveDate: string;
}) {
  const app = useApp();
  useT();
  const [allowances, setAllowances] = useState<{ figures: Allowance[]; annual: Map<string, number> }>();
  const [error, setError] = useState<ApiError>();
  const valid = !!locationId && /^\d{4}-\d{2}-\d{2}$/.test(effectiveDate);
  useEffect(() => {
    setAllowances(undefined);
    setError(undefined);
    if (!valid) return;
    let current = true;
    const timer = setTimeout(() => Promise.all([
      app.api.run(PreviewAllowances, { userId: userId ?? null, locationId, effectiveDate }),
      app.api.run(Policies, { locationId }),
    ]).then(([preview, policies]) => {
      if (!current) return;
      // the full year's figure of the policy in force on the date, per leave type
      const annual = new Map<string, number>();
      for (const p of [...policies.policies].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))) {
        if (p.effectiveDate <= effectiveDate) annual.set(p.leaveTypeId, p.annualAllowanceDays);
      }
      setAllowances({ figures: preview.previewAllowances, annual });
    }, (e) => current && setError(toApiError(e))), 200);
    return () => { current = false; clearTimeout(timer); };
  }, [userId, locationId, effectiveDate]);
  if (!valid) return null;
  if (error) return <FieldError id={id} error={error} />;
  if (!allowances) return <p id={id} class="muted" aria-live="polite">{t({ id: 'proration.counting', defaultMessage: 'Counting the allowances…', description: 'While the allowances are counted' })}</p>;
  const place = app.locations.find((l) => l.id === locationId)?.name ?? t({ id: 'proration.thisLocation', defaultMessage: 'this location', description: 'A location without a name' });
  const lines = allowances.figures.filter((a) => allowances.annual.has(a.leaveTypeId));
  return (
    <div id={id} class="notice proration" aria-live="polite" data-testid="proration">
      {lines.length === 0 ? <p>{t({ id: 'proration.none', defaultMessage: 'No leave policy in {place} on {day} yet: no allowance to count.', description: 'No policy applies' }, { place, day: formatDay(effectiveDate) })}</p>
        : lines.map((a) => {
          const annual = allowances.annual.get(a.leaveTypeId) ?? 0;
          const prorated = a.allowance < annual;
          return (
            <p key={a.leaveTypeId}>{leaveTypeName(app, a.leaveTypeId)} {a.year}:{' '}
              <strong>{formatAmount(a.allowance, a.unit)}</strong>
              {prorated ? ' ' + t({ id: 'proration.prorated', defaultMessage: 'of {annual} a year, prorated because {place} applies from {day}. For someone who was already working here, an earlier date (such as 1 January) gives the whole year\'s allowance.', description: 'After a prorated allowance' }, { annual: formatAmount(annual, a.unit), place, day: formatDay(effectiveDate) }) : t({ id: 'proration.whole', defaultMessage: ', the whole year\'s allowance.', description: 'After an allowance that is not prorated (starts with a comma)' })}</p>
          );
        })}
    </div>
  );
}
