// The operations this feature sends.
import type * as G from '../../../api/generated';
import { op } from '../../../api/operation';

export const CreateOrganization = op<G.CreateOrganizationMutation, G.CreateOrganizationMutationVariables>(/* GraphQL */ `
  mutation CreateOrganization($name: String!) {
    createOrganization(name: $name) { id name }
  }`);
