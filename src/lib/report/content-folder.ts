/**
 * The folder a build reads the reports and the site's settings from: content/, unless CONTENT_DIR names another
 * (relative to the project, or absolute). The tests build their own fixture folders this way; staff never need it.
 */
export const DEFAULT_CONTENT_DIR = 'content';

export function contentFolder(env: Record<string, string | undefined> = process.env): string {
  return env['CONTENT_DIR'] || DEFAULT_CONTENT_DIR;
}
