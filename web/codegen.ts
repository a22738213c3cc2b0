// Types of every operation the app sends, generated from the one schema file: an operation the schema no longer
// accepts, or a field the app reads that is gone, fails the build.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['../graphql-schema/src/main/resources/graphql/schema.graphql', 'src/api/appsync-scalars.graphql'],
  documents: ['src/api/operations.ts', 'src/api/fragments.ts', 'src/features/*/api/operations.ts'],
  generates: {
    'src/api/generated.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { AWSDate: 'string', AWSDateTime: 'string', AWSJSON: 'string', AWSEmail: 'string' },
        skipTypename: true,
      },
    },
  },
  silent: true,
};
export default config;
