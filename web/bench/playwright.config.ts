import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// Figures and screenshots, not tests: `npm run bench` and `npm run screenshots` against a running Leave Tracker
// (./run-local --today 2026-06-15). docs/PERFORMANCE.md and the README show what they print and write.
export default defineConfig({ ...base, testDir: '.', outputDir: '../target/bench-results', timeout: 300_000 });
