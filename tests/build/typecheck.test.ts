import { describe, expect, it } from 'vitest';
import { astroBin, projectRoot, runNode } from '../support/project.ts';

describe('npm run check', () => {
  it('finds no errors, warnings or hints in strict TypeScript and .astro files', async () => {
    const { code, output } = await runNode([astroBin, 'check'], projectRoot);
    expect(output).toMatch(/- 0 errors\n- 0 warnings\n- 0 hints/);
    expect(code, output).toBe(0);
  });
});
