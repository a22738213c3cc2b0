import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The local runtime serves dist/ at / (and the cloud stack from S3); /graphql and /dev/token are its own.
export default defineConfig({
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/dev': 'http://localhost:4000',
    '/config.json': 'http://localhost:4000' } },
});
