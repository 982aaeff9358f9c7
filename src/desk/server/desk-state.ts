/** What the desk's page is told after every action: the whole state, as the page draws it. */
import { readdir } from 'node:fs/promises';
import type { Desk } from '../desk.ts';
import { readDeskSettings } from '../desk-settings.ts';
import { FACT_FORM, FACT_FIELDS } from '../disclosure-facts.ts';
import { readPublishLog } from '../publish/publish-log.ts';
import { PUBLISH_STEPS } from '../publish/publish.ts';
import { REVIEW_STAGES } from '../review-record.ts';
import { MAX_UPLOAD_BYTES } from './http.ts';
import { COLUMN_TYPES, hasSiteSettings, readSiteFields, SITE_FIELD_LABELS, SITE_FIELDS } from '../site-settings-form.ts';

export async function deskState(desk: Desk, previewOrigin: string): Promise<Record<string, unknown>> {
  const staged = desk.staged;
  const years = (await readdir(desk.contentDir).catch(() => [])).filter((name) => /^\d{4}$/.test(name)).sort();
  const log = await readPublishLog(desk.projectDir);
  return {
    firstRun: !hasSiteSettings(desk.projectDir),
    siteUrl: (await readDeskSettings(desk.projectDir)).siteUrl ?? '',
    years,
    previewOrigin,
    maxUploadMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    forms: {
      facts: FACT_FIELDS.map((field) => ({ field, ...FACT_FORM[field] })),
      stages: REVIEW_STAGES,
      site: SITE_FIELDS.map((field) => ({ field, label: SITE_FIELD_LABELS[field] ?? field })),
      columnTypes: COLUMN_TYPES,
      publishSteps: PUBLISH_STEPS,
    },
    siteFields: await readSiteFields(desk.projectDir),
    lastPublish: log.at(-1) ? { time: log.at(-1)!.time, year: log.at(-1)!.year, package: log.at(-1)!.package } : undefined,
    staged: staged && {
      fileName: staged.fileName,
      sha256: staged.sha256,
      summary: staged.imported.summary,
      replacing: staged.replacing,
      changes: staged.changes,
      facts: staged.facts,
      factErrors: desk.factErrors(),
      preview: staged.preview && { ok: staged.preview.ok, ms: Math.round(staged.preview.ms), output: staged.preview.ok ? '' : staged.preview.output },
      hits: staged.hits.map((hit) => ({ ...hit, confirmedBy: staged.confirmations.get(hit.id) ?? '' })),
      review: staged.review,
      reviewProblems: desk.reviewProblems(),
    },
    blockers: await desk.blockers(),
  };
}
