/**
 * Vitest global setup for the site tests: real `astro build`s of the project, once each. The fixture site is
 * what nearly every site test reads; whatever content/ holds is built too, for the smoke test and the fidelity
 * test of the real report. What each build printed is kept beside it for the tests of the build's output.
 */
import { writeFile } from 'node:fs/promises';
import { buildLog, buildSite, contentDistDir, distDir, FIXTURE_CONTENT, projectRoot } from './project.ts';
import { DEFAULT_CONTENT_DIR } from '../../src/lib/report/content-folder.ts';

const BUILDS = [
  { content: FIXTURE_CONTENT, outDir: distDir },
  { content: DEFAULT_CONTENT_DIR, outDir: contentDistDir },
];

export default async function setup(): Promise<void> {
  for (const { content, outDir } of BUILDS) {
    const started = performance.now();
    const result = await buildSite(projectRoot, { env: { CONTENT_DIR: content }, outDir });
    if (result.code !== 0) throw new Error(`astro build of ${content} failed (exit ${result.code}):\n${result.output}`);
    await writeFile(buildLog(outDir), JSON.stringify(result));
    console.log(`${content} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
