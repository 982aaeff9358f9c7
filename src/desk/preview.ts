/**
 * The preview: the real site, built by the site's own build from a copy of content/ with the staged year
 * written into it, into a folder of the desk's own (.desk/preview/). Its HTML is the publication's; only the
 * address differs, since a preview build has no SITE_URL. A newer request supersedes a build under way: the
 * page waits for the build of what it staged last.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { schemaErrors, type FieldError } from './disclosure-facts.ts';
import { DESK_DIR } from './desk-settings.ts';
import type { ContentFile, OriginalFile } from './import-adapter.ts';
import { buildSite, stageContent } from './site-build.ts';

export const PREVIEW_CONTENT = `${DESK_DIR}/preview/content`;
/** The site the preview server serves. */
export const PREVIEW_SITE = `${DESK_DIR}/preview/site`;
const PREVIEW_NEXT = `${DESK_DIR}/preview/next`;

export interface PreviewResult {
  ok: boolean;
  /** The build's schema messages, at their fields. */
  errors: FieldError[];
  /** The end of what a failed build printed, for anything that is not a field's mistake. */
  output: string;
  /** How long from the request to the finished site, in ms. */
  ms: number;
}

export class Preview {
  private latest: Promise<PreviewResult> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private readonly projectDir: string;

  constructor(projectDir: string) {
    this.projectDir = projectDir;
  }

  /** Builds the preview of a year's files; the promise of the newest request is the one `result` waits for. */
  build(year: string, files: ReadonlyArray<ContentFile | OriginalFile>): Promise<PreviewResult> {
    const generation = (this.generation += 1);
    const started = performance.now();
    const run = async (): Promise<PreviewResult> => {
      if (generation !== this.generation) return { ok: false, errors: [], output: '', ms: 0 };
      await stageContent(this.projectDir, PREVIEW_CONTENT, year, files);
      const next = path.join(this.projectDir, PREVIEW_NEXT);
      await rm(next, { recursive: true, force: true });
      const result = await buildSite({ projectDir: this.projectDir, contentDir: PREVIEW_CONTENT, outDir: PREVIEW_NEXT });
      if (!result.ok) {
        return { ok: false, errors: schemaErrors(result.output), output: result.output.slice(-4000), ms: performance.now() - started };
      }
      const site = path.join(this.projectDir, PREVIEW_SITE);
      await rm(site, { recursive: true, force: true });
      await rename(next, site);
      return { ok: true, errors: [], output: '', ms: performance.now() - started };
    };
    // One build at a time: two Astro builds in one project folder would share its cache.
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    this.latest = result;
    return result;
  }

  /** The newest build's result, once it is done; undefined when nothing was staged. */
  result(): Promise<PreviewResult> | undefined {
    return this.latest;
  }

  /** Whether there is a preview site to serve. */
  exists(): boolean {
    return existsSync(path.join(this.projectDir, PREVIEW_SITE));
  }

  async clear(): Promise<void> {
    this.generation += 1;
    this.latest = undefined;
    await rm(path.join(this.projectDir, PREVIEW_SITE), { recursive: true, force: true });
  }
}
