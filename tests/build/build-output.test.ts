/**
 * A quiet build: the build prints only what someone must act on. For the fixture site that is the missing
 * SITE_URL and the identifiers its settings leave empty; no bundler noise (the MDX directive warnings are
 * silenced in astro.config.ts), nothing else.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildMessages } from '../support/build-output.ts';
import { smokeProblems } from '../support/content-smoke.ts';
import { buildLog, distDir, FIXTURE_CONTENT, projectRoot, type CommandResult } from '../support/project.ts';

const build = async (): Promise<CommandResult> => JSON.parse(await readFile(buildLog(distDir), 'utf8')) as CommandResult;

describe('the build of the fixture site', () => {
  it('warns about SITE_URL and the empty identifiers, and prints no other warning or error', async () => {
    const result = await build();
    const messages = buildMessages(result);
    expect(messages.map((m) => `${m.level} ${m.source} ${m.text.split('\n')[0]}`)).toEqual([
      expect.stringMatching(/^WARN publication-checks SITE_URL 未设置/),
      expect.stringMatching(/^WARN publication-checks tests\/fixtures\/content\/site\.yaml 中以下网站标识尚未填写/),
    ]);
    expect(result.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|\[WARN\] \[vite\]/);
    expect(await smokeProblems(projectRoot, FIXTURE_CONTENT, distDir, result)).toEqual([]);
  });

  it('reads warnings with their continuation lines among the progress lines, and every line on stderr', () => {
    const stdout = '07:10:50 [build] Building\n\n generating static routes \n\u001b[33m07:10:51 [WARN] [vite] first\u001b[0m\n   │ more\n07:10:52 [build] done\n';
    const stderr = 'stray\n07:10:53 [ERROR] second\n    at stack\n';
    expect(buildMessages({ stdout, stderr })).toEqual([
      { level: 'WARN', source: 'vite', text: 'first\n   │ more' },
      { level: '', source: '', text: 'stray' },
      { level: 'ERROR', source: '', text: 'second\n    at stack' },
    ]);
  });
});
