/** Vitest global setup for the site tests: one real `astro build` of the project into dist/. */
import { buildSite, projectRoot } from './project.ts';

export default async function setup(): Promise<void> {
  const started = performance.now();
  const { code, output } = await buildSite(projectRoot);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
  console.log(`site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
