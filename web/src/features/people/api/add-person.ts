import type { Api } from '../../../api/client';
import type { Role } from '../../../api/generated';
import { AddUser, MoveUserToLocation, MoveUserToTeam } from './operations';

/** A person as an admin adds them: into a location and a team from their start date (each optional). */
export interface NewPerson {
  email: string;
  name: string;
  role: Role;
  locationId: string | null;
  teamId: string | null;
  startDate: string;
}

/**
 * Adds the person, then moves them into their location and team from the start date: several commands, each safe to
 * repeat, so sending again after a refusal finishes the person without doubling anything (decision 0030).
 * @returns the person's id
 */
export async function addPerson(api: Api, person: NewPerson): Promise<string> {
  const id = (await api.run(AddUser, { email: person.email, name: person.name, role: person.role })).addUser.id;
  if (person.locationId) {
    await api.run(MoveUserToLocation, { userId: id, locationId: person.locationId, effectiveDate: person.startDate });
  }
  if (person.teamId) {
    await api.run(MoveUserToTeam, { userId: id, teamId: person.teamId, effectiveDate: person.startDate });
  }
  return id;
}
