/**
 * The publish log: one line of JSON for each publish, appended and never rewritten, so that an earlier entry
 * stays exactly as it was written. It records when, who reviewed, the source file's SHA-256, what changed, and
 * the package's SHA-256; it lives beside the packages (publish/) and is committed with the year.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { YearChanges } from '../content-changes.ts';
import type { ReviewRecord } from '../review-record.ts';

export const PUBLISH_DIR = 'publish';
export const PUBLISH_LOG = `${PUBLISH_DIR}/publish-log.jsonl`;
export const PACKAGES_DIR = `${PUBLISH_DIR}/packages`;

export interface PublishEntry {
  time: string;
  year: string;
  /** Whether the year was there before and was replaced. */
  replaced: boolean;
  siteUrl: string;
  review: ReviewRecord;
  /** Hits of the sensitive-data scan confirmed as meant to be public, and by whom. */
  confirmedHits: Array<{ label: string; match: string; name: string }>;
  source: { file: string; sha256: string };
  changes: YearChanges;
  package: { file: string; sha256: string; manifest: string; files: number };
}

export async function appendPublishEntry(projectDir: string, entry: PublishEntry): Promise<void> {
  await mkdir(path.join(projectDir, PUBLISH_DIR), { recursive: true });
  await appendFile(path.join(projectDir, PUBLISH_LOG), `${JSON.stringify(entry)}\n`, { encoding: 'utf8', flag: 'a' });
}

export async function readPublishLog(projectDir: string): Promise<PublishEntry[]> {
  const text = await readFile(path.join(projectDir, PUBLISH_LOG), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PublishEntry);
}
