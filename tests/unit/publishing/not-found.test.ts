import { describe, expect, it } from 'vitest';
import { notFoundRedirects } from '../../../src/lib/publishing/not-found.ts';
import { routeDataOf } from '../../../src/lib/routing/route-data.ts';

describe('the pages not found', () => {
  it('answer a miss under hant/ with the traditional page, any other with the simplified one', () => {
    expect(notFoundRedirects('/')).toBe('/hant/*  /hant/404.html  404\n/*  /404.html  404\n');
    expect(notFoundRedirects('/fzbg/')).toBe('/fzbg/hant/*  /fzbg/hant/404.html  404\n/fzbg/*  /fzbg/404.html  404\n');
  });

  it('are each in their own edition, at the path they are published at', () => {
    expect(routeDataOf('/hant/404/', { origin: 'https://example.org', base: '/' })).toMatchObject({ path: 'hant/404.html', edition: { id: 'hant' } });
    expect(routeDataOf('/fzbg/404', { origin: 'https://example.org', base: '/fzbg/' })).toMatchObject({ path: '404.html', edition: { id: 'hans' } });
  });
});
