import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};

/** [major, minor] of a version string such as 22.23.3 */
const majorMinor = (version: string): [number, number] => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return [major, minor];
};

describe('toolchain', () => {
  it('runs the tools under Node 22.12 or newer, as Astro 7 and Vitest 5 require', () => {
    const [major, minor] = majorMinor(process.versions.node);
    expect(major > 22 || (major === 22 && minor >= 12), `running under Node ${process.versions.node}`).toBe(true);
  });

  it('pins that Node exactly in devDependencies, so every npm script uses it on a machine with Node 20', () => {
    const pinned = packageJson.devDependencies['node'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(majorMinor(pinned ?? '0')[0]).toBeGreaterThanOrEqual(22);
  });
});
