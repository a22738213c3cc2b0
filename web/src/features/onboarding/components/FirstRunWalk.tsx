import { t, useT } from '../../../i18n/i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface WalkStep {
  title: string;
  /** What the step is for, in a sentence an HR admin reads before filling it in. */
  purpose: string;
  done: boolean;
  content: ComponentChildren;
}

/** Where an organization's admins are in the walk: at a step, left it at a step, or through it. */
type WalkState = { at: number } | { leftAt: number } | 'finished';

/**
 * The walk is remembered per organization in this browser, so an admin can leave it at any step (for the full set-up
 * page, or for the day) and come back to the same step; what each step has made lives on the server anyway.
 */
export function useFirstRunWalk(orgId: string, organizationIsEmpty: boolean) {
  const key = `leave-tracker.first-run.${orgId}`;
  const [state, setState] = useState<WalkState | undefined>(() => {
    const stored = localStorage.getItem(key);
    if (stored) return JSON.parse(stored) as WalkState;
    return organizationIsEmpty ? { at: 0 } : undefined;
  });
  const save = (next: WalkState) => {
    localStorage.setItem(key, JSON.stringify(next));
    setState(next);
  };
  return {
    step: state && state !== 'finished' && 'at' in state ? state.at : undefined,
    leftAt: state && state !== 'finished' && 'leftAt' in state ? state.leftAt : undefined,
    go: (step: number) => save({ at: step }),
    leave: (step: number) => save({ leftAt: step }),
    finish: () => save('finished'),
  };
}

/** One step of the first-run set-up at a time, with the whole walk in view and a way out at every step. */
export function FirstRunWalk({ steps, step, go, leave, finish }: {
  steps: WalkStep[]; step: number; go: (step: number) => void; leave: (step: number) => void; finish: () => void;
}) {
  useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = useState(false);
  // focus follows the step for keyboard and screen-reader users, but not on the page's first paint
  useEffect(() => { if (moved) heading.current?.focus(); }, [step]);
  const to = (next: number) => { setMoved(true); go(next); };
  const current = steps[step];
  const last = step === steps.length - 1;
  return (
    <div class="walk">
      <nav aria-label={t({ id: 'walk.label', defaultMessage: 'First-run set-up', description: 'Accessible name of the set-up steps' })}>
        <ol class="steps">{steps.map((s, i) => (
          <li key={s.title} class={i === step ? 'current' : s.done ? 'done' : undefined}>
            <button type="button" class="link" aria-current={i === step ? 'step' : undefined} onClick={() => to(i)}>
              {i + 1}. {s.title}{s.done && <><span aria-hidden="true"> ✓</span><span class="visually-hidden"> {t({ id: 'walk.done', defaultMessage: '(done)', description: 'A finished step, for screen readers' })}</span></>}
            </button></li>))}
        </ol>
      </nav>
      <h2 class="walk-title" ref={heading} tabIndex={-1}>{t({ id: 'walk.step', defaultMessage: 'Step {step} of {steps}: {title}', description: 'Heading of a set-up step' }, { step: step + 1, steps: steps.length, title: current.title })}</h2>
      <p class="muted">{current.purpose}</p>
      {current.content}
      <div class="toolbar walk-actions">
        {step > 0 && <button type="button" class="secondary" onClick={() => to(step - 1)}>{t({ id: 'walk.back', defaultMessage: 'Back: {title}', description: 'Button to the previous step' }, { title: steps[step - 1].title })}</button>}
        {last ? <button type="button" onClick={finish}>{t({ id: 'walk.finish', defaultMessage: 'Finish the set-up', description: 'Button of the last step' })}</button>
          : <button type="button" onClick={() => to(step + 1)}>{t({ id: 'walk.next', defaultMessage: 'Next: {title}', description: 'Button to the next step' }, { title: steps[step + 1].title })}</button>}
        <button type="button" class="link" onClick={() => leave(step)}>{t({ id: 'walk.leave', defaultMessage: 'Leave the walk-through for now', description: 'Button' })}</button>
      </div>
    </div>
  );
}
