import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';

/**
 * A language's catalog (web/lang/<language>.json) as the browser needs it: each message's text by its id. The notes
 * for translators stay in the file; the chunk a German reader loads carries only the German.
 */
function catalogMessages(): Plugin {
  return {
    name: 'catalog-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]lang[\\/][a-z]{2}\.json$/.test(id)) return null;
      const catalog = JSON.parse(code) as Record<string, { defaultMessage: string }>;
      // still JSON: Vite's own JSON plugin makes the module of it
      return JSON.stringify(Object.fromEntries(Object.entries(catalog).map(([key, m]) => [key, m.defaultMessage])));
    },
  };
}

/**
 * The notes for translators in the source's messages (`description: '…'` of each t() call) are for the extractor
 * only: the production bundle leaves them out.
 */
function stripTranslatorNotes(): Plugin {
  return {
    name: 'strip-translator-notes',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.tsx?$/.test(id)) return null;
      return code.replace(/,?\s*description: '(?:[^'\\]|\\.)*'/g, '');
    },
  };
}

// The local runtime serves dist/ at / (and the cloud stack from S3); /graphql and /dev/token are its own.
export default defineConfig({
  plugins: [catalogMessages(), stripTranslatorNotes(), preact()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/dev': 'http://localhost:4000',
    '/config.json': 'http://localhost:4000' } },
});
