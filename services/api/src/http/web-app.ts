import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

// The web app (services/web) as the API serves it: its built files under /assets, and
// index.html for the page paths only (history fallback), so every API path and /openapi.json
// answers JSON as before. Keep the paths in step with services/web/src/main.tsx.

export const pagePaths = [
  '/',
  '/sign-in',
  '/welcome',
  '/team',
  '/people/:staffId',
  '/people/:staffId/regrade',
  '/my-cases',
  '/approvals',
  '/cases/:caseId',
  '/auditor',
  '/auditor/trail',
  '/auditor/people/:staffId',
  '/auditor/verification',
  '/planner',
  '/census',
  '/admin/staff',
  '/admin/staff/new',
  '/admin/people/:staffId',
  '/admin/people/:staffId/facts',
  '/admin/people/:staffId/facts/:segment',
  '/admin/vacancies',
  '/admin/vacancies/new',
  '/admin/vacancies/:vacancyId/:step',
  '/admin/policies',
  '/admin/policies/:family',
  '/admin/frameworks/:family',
  '/admin/import',
  '/admin/personal-data',
  '/admin/retention',
] as const;

/** Where `pnpm --filter @ladder/web build` writes the app. */
export const defaultWebDist = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

// The pages load only their own script and styles; nothing may frame them.
const pageHeaders = {
  'Cache-Control': 'no-cache',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

/** The router serving the built app, or null when it has not been built (the API still runs). */
export const webApp = (distDir: string = defaultWebDist): Router | null => {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const router = Router();
  // Vite names every asset by its content hash, so a browser may keep them for good.
  router.use(
    '/assets',
    express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  router.get([...pagePaths], (_req, res) => {
    res.set(pageHeaders).type('html').sendFile(index);
  });
  return router;
};
