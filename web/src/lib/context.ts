import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from '../api/client';
import type { DirectoryQuery, MeQuery } from '../api/generated';
import { t } from '../i18n/i18n';
import { firstDayOfWeek } from './format';
import type { Live } from './live';

export type Me = NonNullable<MeQuery['me']>;
export type Person = DirectoryQuery['users'][number];
export type LeaveType = DirectoryQuery['leaveTypes'][number];
export type Location = DirectoryQuery['locations'][number];
export type Team = DirectoryQuery['teams'][number];

/** What every screen of a signed-in person needs. */
export interface AppContext {
  api: Api;
  live: Live;
  me: Me;
  organizationName: string;
  /** The language (BCP 47) of everyone in the organization who has chosen none. */
  defaultLanguage: string;
  /** Years after their last day leavers are erased (SPEC §3.10); null: kept. */
  retentionYears: number | null;
  people: Map<string, Person>;
  leaveTypes: LeaveType[];
  locations: Location[];
  teams: Team[];
  /** After a set-up change: reloads the directory until it shows the change (the read side follows shortly). */
  /** Reads the directory again after the person changed it (one read shows the change: decision 0020). */
  directoryChanged(): Promise<void>;
}

export const App = createContext<AppContext | null>(null);

export function useApp(): AppContext {
  const app = useContext(App);
  if (!app) throw new Error('useApp outside a signed-in app');
  return app;
}

export function leaveTypeName(app: AppContext, id: string): string {
  return app.leaveTypes.find((type) => type.id === id)?.name
    ?? t({ id: 'context.leave', defaultMessage: 'Leave', description: 'The name of a leave type no longer known' });
}

export function personName(app: AppContext, id: string | null | undefined): string {
  if (!id) return t({ id: 'context.system', defaultMessage: 'the system', description: 'Who made a change no person made (in the middle of a sentence)' });
  if (id === app.me.id) return t({ id: 'context.you', defaultMessage: 'you', description: 'The signed-in person, in the middle of a sentence' });
  return app.people.get(id)?.name ?? t({ id: 'context.someone', defaultMessage: 'someone', description: 'A person no longer in the directory, in the middle of a sentence' });
}

/** The country of the person's workplace (ISO 3166, from its holiday calendar: `DE-BY` → `DE`), if known. */
export function workplaceRegion(locations: readonly { id: string; holidayCalendar: string }[],
  locationId: string | null | undefined): string | undefined {
  const region = locations.find((l) => l.id === locationId)?.holidayCalendar.slice(0, 2);
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
}

/** The first day of the week where the person works: their location's country, else their language's convention. */
export function workplaceFirstDayOfWeek(app: AppContext): number {
  return firstDayOfWeek(workplaceRegion(app.locations, app.me.locationId));
}
