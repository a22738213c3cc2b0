// The translations' catalogs (web/lang): `extract` writes en.json from the source (each message's id, English text
// and note for translators); `check` fails when en.json is stale, when another language's catalog misses a message
// or carries one nobody uses, or when a translation does not parse or names other placeholders than the English.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lang = join(root, 'lang');
const SOURCE = "'src/**/*.{ts,tsx}'";

function extract(to) {
  execSync(`npx formatjs extract ${SOURCE} --ignore 'src/api/generated.ts' --additional-function-names t `
    + `--out-file ${to}`, { cwd: root, stdio: 'inherit' });
  return JSON.parse(readFileSync(to, 'utf8'));
}

/** The names of a message's placeholders, in and under plural and select branches. */
function placeholders(message) {
  const names = new Set();
  const visit = (nodes) => nodes.forEach((node) => {
    if ('value' in node && node.type !== 0 && node.type !== 7) names.add(node.value); // 0 literal, 7 pound
    if (node.options) Object.values(node.options).forEach((option) => visit(option.value));
    if (node.children) visit(node.children);
  });
  visit(parse(message));
  return [...names].sort().join(',');
}

const command = process.argv[2];
if (command === 'extract') {
  extract(join(lang, 'en.json'));
  console.log('lang/en.json written: add each new message to every other catalog');
} else if (command === 'check') {
  const problems = [];
  const fresh = extract(join(mkdtempSync(join(tmpdir(), 'i18n-')), 'en.json'));
  const english = JSON.parse(readFileSync(join(lang, 'en.json'), 'utf8'));
  if (JSON.stringify(fresh) !== JSON.stringify(english)) {
    problems.push('lang/en.json is not what the source says: run `npm run i18n:extract` in web/');
  }
  for (const file of readdirSync(lang).filter((f) => f.endsWith('.json') && f !== 'en.json').sort()) {
    const catalog = JSON.parse(readFileSync(join(lang, file), 'utf8'));
    for (const id of Object.keys(fresh)) {
      if (!catalog[id]) {
        problems.push(`lang/${file} misses "${id}" (${fresh[id].defaultMessage})`);
        continue;
      }
      try {
        const theirs = placeholders(catalog[id].defaultMessage);
        const ours = placeholders(fresh[id].defaultMessage);
        if (theirs !== ours) problems.push(`lang/${file} "${id}" names {${theirs}}, the English {${ours}}`);
      } catch (e) {
        problems.push(`lang/${file} "${id}" is no ICU message: ${e.message}`);
      }
    }
    for (const id of Object.keys(catalog)) {
      if (!fresh[id]) problems.push(`lang/${file} carries "${id}", which no source uses any more`);
    }
  }
  if (problems.length) {
    console.error(`The translations' catalogs are not complete (README "Adding a language"):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`lang: ${Object.keys(fresh).length} messages, every catalog complete`);
} else {
  console.error('usage: node scripts/i18n.mjs extract|check');
  process.exit(2);
}

