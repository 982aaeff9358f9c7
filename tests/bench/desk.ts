/**
 * Part of `npm run bench`.
 * How long staff wait at the desk (issue 19): from dropping a 10-page report, on a site with one earlier year,
 * to its report page in the preview (budget: 15 s on the project's 2-core machine), and one press of 发布 to the
 * package, each run for real on a throw-away copy of the project through the desk's own server.
 */
import { rm } from 'node:fs/promises';
import { startDesk } from '../../src/desk/server/desk-server.ts';
import { pageToken, rawRequest } from '../desk/desk-support.ts';
import { copyProject } from '../support/project.ts';
import { documentLines, fixtureReport, gongwenDocx } from '../support/report-fixtures.ts';

/** A printed 公文 page: 22 lines of 28 characters. */
const CHARACTERS_PER_PAGE = 22 * 28;
const PAGES = 10;
const PREVIEW_BUDGET_MS = 15_000;

let extra = 0;
while (documentLines(fixtureReport(2025, extra)).join('').length < PAGES * CHARACTERS_PER_PAGE) extra += 1;
const report = fixtureReport(2025, extra);
const dir = await copyProject();
const desk = await startDesk({ projectDir: dir });
try {
  const token = await pageToken(desk.url);
  const { host, origin } = new URL(desk.url);
  const headers = (type = 'application/json') => ({ host, origin, 'sec-fetch-site': 'same-origin', 'content-type': type, 'x-desk-token': token });
  const post = (route: string, body: string | Uint8Array, type?: string) => rawRequest(new URL(route, desk.url).href, { method: 'POST', headers: headers(type), body });
  await post('/api/desk-settings', JSON.stringify({ siteUrl: 'https://fzbg.example.gov.cn' }));
  const docx = await gongwenDocx(report);

  let started = performance.now();
  const staged = await post('/api/stage?name=report-2025.docx', docx, 'application/octet-stream');
  if (staged.status !== 200) throw new Error(`stage failed: ${staged.body}`);
  const preview = JSON.parse((await rawRequest(new URL('/api/preview', desk.url).href, { headers: { host } })).body);
  if (!preview.staged?.preview?.ok) throw new Error(`preview failed: ${preview.staged?.preview?.output}`);
  // The report page as the preview's frame loads it.
  const page = await rawRequest(`${desk.previewOrigin}/2025/`, { headers: { host: new URL(desk.previewOrigin).host } });
  if (page.status !== 200) throw new Error('no report page in the preview');
  const previewMs = performance.now() - started;

  const stage = { name: '', date: '2025年12月8日' };
  await post('/api/review', JSON.stringify({
    stages: { first: { ...stage, name: '甲' }, second: { ...stage, name: '乙' }, final: { ...stage, name: '丙' } },
    secrecy: { ...stage, name: '丁', confirmed: true },
  }));
  started = performance.now();
  const published = await post('/api/publish', '{}');
  const publishMs = performance.now() - started;
  if (!published.body.includes('"published"')) throw new Error(`publish failed: ${published.body.slice(-2000)}`);

  const characters = documentLines(report).join('').length;
  const verdict = previewMs < PREVIEW_BUDGET_MS ? 'under' : 'OVER';
  console.log(
    `desk: drop of a ${Math.round(characters / CHARACTERS_PER_PAGE)}-page report (${characters} characters, one earlier year) to its report page in the preview: ${(previewMs / 1000).toFixed(1)} s, ${verdict} the ${PREVIEW_BUDGET_MS / 1000} s budget`,
  );
  console.log(`desk: one press of 发布 (write, publication build, package, swap, log): ${(publishMs / 1000).toFixed(1)} s`);
} finally {
  await desk.close();
  await rm(dir, { recursive: true, force: true });
}
