import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from '../api/client';
import type { DirectoryQuery, MeQuery } from '../api/generated';
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
  return app.leaveTypes.find((t) => t.id === id)?.name ?? 'Leave';
}

export function personName(app: AppContext, id: string | null | undefined): string {
  if (!id) return 'the system';
  if (id === app.me.id) return 'you';
  return app.people.get(id)?.name ?? 'someone';
}

/** The first day of the week where the person works: their location's country, else their browser's convention. */
export function workplaceFirstDayOfWeek(app: AppContext): number {
  const region = app.locations.find((l) => l.id === app.me.locationId)?.holidayCalendar.slice(0, 2);
  return firstDayOfWeek(region && /^[A-Z]{2}$/.test(region) ? region : undefined);
}
