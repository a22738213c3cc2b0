// The web app's layout, enforced by the build (docs/decisions/0031-architecture-reshaped.md), as bulletproof-react
// lays out an app: shared code (api, auth, components, hooks, lib) → features → the app, which composes them.
// A feature never imports another feature, shared code never imports a feature or the app, and a feature never
// imports the app; what two features need moves down into shared code.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const FEATURES = ['approvals', 'calendar', 'dashboard', 'leave', 'onboarding', 'people', 'settings'];
const SHARED = ['./src/api', './src/auth', './src/components', './src/hooks', './src/i18n', './src/lib'];

export default tseslint.config(
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'src/api/generated.ts'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [
          ...FEATURES.map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`],
            message: 'A feature does not import another feature: compose them in src/app, or move the shared part down.',
          })),
          { target: './src/features', from: './src/app', message: 'Features do not import the app that composes them.' },
          { target: SHARED, from: ['./src/features', './src/app'], message: 'Shared code imports no feature and not the app.' },
        ],
      }],
      'import-x/no-cycle': 'error',
      'import-x/no-unresolved': 'error',
    },
  },
);
