/**
 * content/site.yaml in a form: its fields read from the file, and the edited file checked by the build's own
 * parser (src/lib/publishing/site-settings.ts) before it replaces the old one, whose comments it keeps. A new
 * office's first run has no site.yaml: the form starts empty and the file is written from it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, parseDocument } from 'yaml';
import { COLUMN_TYPES } from '../lib/publishing/page-meta.ts';
import { IDENTIFIER_LABELS, parseSiteSettings, SETTING_LABELS, SETTINGS_FILE } from '../lib/publishing/site-settings.ts';

export const SITE_FIELDS = [...Object.keys(SETTING_LABELS), ...Object.keys(IDENTIFIER_LABELS)];

export const SITE_FIELD_LABELS: Record<string, string> = { ...SETTING_LABELS, ...IDENTIFIER_LABELS };

export { COLUMN_TYPES };

const fileOf = (projectDir: string): string => path.join(projectDir, 'content', SETTINGS_FILE);

export function hasSiteSettings(projectDir: string): boolean {
  return existsSync(fileOf(projectDir));
}

/** The values of the settings file as text, every field present (empty where the file has none). */
export async function readSiteFields(projectDir: string): Promise<Record<string, string>> {
  const text = await readFile(fileOf(projectDir), 'utf8').catch(() => '');
  const values = (parseDocument(text, { schema: 'failsafe' }).toJS() ?? {}) as Record<string, unknown>;
  return Object.fromEntries(SITE_FIELDS.map((field) => [field, typeof values[field] === 'string' ? values[field] : '']));
}

export interface SettingsProblem {
  field: string;
  message: string;
}

/**
 * Writes the fields into the settings file, keeping its comments, after the build's parser accepts the result;
 * otherwise writes nothing and returns its messages, each at its field where it names one.
 */
export async function writeSiteFields(projectDir: string, input: Record<string, unknown>): Promise<SettingsProblem[]> {
  const file = fileOf(projectDir);
  const existing = await readFile(file, 'utf8').catch(() => '');
  // A first run has no file: it starts from an empty mapping.
  const document = existing.trim() === '' ? new Document({}) : parseDocument(existing, { schema: 'failsafe' });
  for (const field of SITE_FIELDS) {
    const value = input[field];
    document.set(field, typeof value === 'string' ? value.trim() : '');
  }
  const text = document.toString();
  try {
    parseSiteSettings(text, path.posix.join('content', SETTINGS_FILE));
  } catch (error) {
    const lines = String((error as Error).message).split('\n').slice(1);
    return lines.map((line) => ({ field: /^字段 field: (\w+)（/.exec(line)?.[1] ?? '', message: line }));
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.part`, text);
  await rename(`${file}.part`, file);
  return [];
}
