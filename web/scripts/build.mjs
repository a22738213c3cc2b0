// Builds the web app for Maven (web/pom.xml): installs the locked dependencies when the lock file changed,
// generates the GraphQL types from graphql-schema's schema file, type-checks, checks the translations' catalogs and
// the layout's import boundaries, bundles, adds the bundled GraphiQL page, and copies the result to the directory given (the module's
// classes/web). Skips all of it when nothing it reads changed since the last build.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.argv[2] ?? join(root, 'target/classes/web'));
const schema = resolve(root, '../graphql-schema/src/main/resources/graphql/schema.graphql');
const run = (command) => execSync(command, {
  cwd: root, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});

function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(path).update(readFileSync(path));
    }
  };
  paths.forEach(visit);
  return hash.digest('hex');
}

const lockHash = hashOf([join(root, 'package-lock.json')]);
const installed = join(root, 'node_modules/.lock-hash');
if (!existsSync(installed) || readFileSync(installed, 'utf8') !== lockHash) {
  run('npm ci --no-audit --no-fund');
  writeFileSync(installed, lockHash);
}

const inputs = hashOf([lockHash, 'src', 'lang', 'graphiql', 'public', 'index.html', 'vite.config.ts', 'codegen.ts',
  'tsconfig.json', 'eslint.config.js', 'scripts/build.mjs', 'scripts/i18n.mjs', schema].map((p) => resolve(root, p)));
const built = `${target}.inputs-hash`; // beside the output, which is served as it is
if (existsSync(built) && readFileSync(built, 'utf8') === inputs) {
  console.log('web: up to date');
  process.exit(0);
}
run('npx graphql-codegen --config codegen.ts');
run('npx tsc --noEmit');
// every catalog in web/lang has exactly the messages the source uses, each with the English placeholders
run('node scripts/i18n.mjs check');
// the layout's boundaries: a feature imports no other feature, shared code no feature (eslint.config.js)
run('npx eslint src');
run('npx vite build');

// GraphiQL at /graphiql from the npm packages' own browser builds: nothing is loaded from another host.
const ide = join(root, 'dist/graphiql');
mkdirSync(ide, { recursive: true });
cpSync(join(root, 'graphiql/index.html'), join(ide, 'index.html'));
cpSync(join(root, 'graphiql/ide.js'), join(ide, 'ide.js'));
cpSync(join(root, 'graphiql/ide.css'), join(ide, 'ide.css'));
for (const [from, to] of [
  ['react/umd/react.production.min.js', 'react.production.min.js'],
  ['react-dom/umd/react-dom.production.min.js', 'react-dom.production.min.js'],
  ['graphiql/graphiql.min.js', 'graphiql.min.js'],
  ['graphiql/graphiql.min.css', 'graphiql.min.css'],
  ['graphql-ws/umd/graphql-ws.min.js', 'graphql-ws.min.js'],
]) {
  cpSync(join(root, 'node_modules', from), join(ide, to));
}
rmSync(target, { recursive: true, force: true });
cpSync(join(root, 'dist'), target, { recursive: true });
writeFileSync(built, inputs);
