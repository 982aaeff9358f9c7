import { describe, expect, it } from 'vitest';
import { editionOfPath, pathInEdition, SIMPLIFIED, TRADITIONAL } from '../../../src/lib/editions/editions.ts';
import { assembleReports } from '../../../src/lib/report/model.ts';
import { routeDataOf } from '../../../src/lib/routing/route-data.ts';

describe('editions', () => {
  it('tell a traditional path by its prefix', () => {
    expect(editionOfPath('hant/2024/1/')).toBe(TRADITIONAL);
    expect(editionOfPath('2024/1/')).toBe(SIMPLIFIED);
    expect(editionOfPath('')).toBe(SIMPLIFIED);
  });

  it('lead to the same page in the other edition', () => {
    expect(pathInEdition('2024/1/', TRADITIONAL)).toBe('hant/2024/1/');
    expect(pathInEdition('hant/2024/1/', SIMPLIFIED)).toBe('2024/1/');
    expect(pathInEdition('hant/', SIMPLIFIED)).toBe('');
    expect(pathInEdition('', TRADITIONAL)).toBe('hant/');
    expect(pathInEdition('hant/2024/', TRADITIONAL)).toBe('hant/2024/');
  });

  it("are applied to the model's edition-free paths by the route data of the page", () => {
    const [report] = assembleReports(
      [{ year: '2024', filePath: 'r', title: 't', issuers: ['i'], date: '2024-12-05', opening: null }],
      [{ year: '2024', filePath: 's', number: 1, title: 't', body: null }],
    );
    const paths = [report!.path, report!.fullTextPath, report!.sections[0]!.path];
    expect(paths).toEqual(['2024/', '2024/full/', '2024/1/']);
    const traditional = routeDataOf('/fzbg/hant/2024/', { origin: 'https://example.gov.cn', base: '/fzbg/' });
    expect(paths.map(traditional.href)).toEqual(['/fzbg/hant/2024/', '/fzbg/hant/2024/full/', '/fzbg/hant/2024/1/']);
    expect(traditional.url(report!.path)).toBe('https://example.gov.cn/fzbg/hant/2024/');
    expect(traditional.homeHref).toBe('/fzbg/hant/');
    const simplified = routeDataOf('/fzbg/2024/', { origin: 'https://example.gov.cn', base: '/fzbg/' });
    expect(paths.map(simplified.href)).toEqual(['/fzbg/2024/', '/fzbg/2024/full/', '/fzbg/2024/1/']);
    expect(simplified.homeHref).toBe('/fzbg/');
  });

  it('give a page its words in the characters of its edition', () => {
    const location = { origin: 'https://example.gov.cn', base: '/' };
    expect(routeDataOf('/hant/2024/', location).text('法治政府建设年度报告')).toBe('法治政府建設年度報告');
    expect(routeDataOf('/2024/', location).text('法治政府建设年度报告')).toBe('法治政府建设年度报告');
  });
});
