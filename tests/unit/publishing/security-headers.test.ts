import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { contentSecurityPolicy, headersFile, inlineHashes, nginxHeaders, securityHeaders } from '../../../src/lib/publishing/security-headers.ts';

// Hashes computed independently: python3 -c "import hashlib,base64; print(base64.b64encode(hashlib.sha256(b'alert(1)').digest()))"
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const INDENTED = "'sha256-TE3N0u1fb9EhEg9rTkYQP8rak4saWJrsdiLmQzOgESA='";
const RED = "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='";

describe('inlineHashes', () => {
  it('hashes the inline scripts that run, byte for byte, and every <style>', () => {
    const tree = fromHtml(
      '<head><script>alert(1)</script><style>body{color:red}</style></head><body>' +
        '<script type="module">\n  a();\n</script>' +
        '<script type="application/ld+json">{"a":1}</script><script type="application/json">{}</script>' +
        '<script src="/x.js"></script></body>',
    );
    expect(inlineHashes(tree)).toEqual({ scripts: [ALERT, INDENTED], styles: [RED] });
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy({ scripts: [INDENTED, ALERT, ALERT], styles: [RED] });
  const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows scripts from the site, WebAssembly and each hash once, and never unsafe-inline', () => {
    const scriptSrc = directives.get('script-src') ?? [];
    expect(scriptSrc.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(scriptSrc.slice(2).sort()).toEqual([ALERT, INDENTED].sort());
    expect(directives.get('style-src')).toEqual(["'self'", RED]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
  });

  it('locks down everything else', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('headersFile and nginxHeaders', () => {
  const headers = securityHeaders("default-src 'self'");

  it('apply the headers to every path under the base and cache hashed assets for a year', () => {
    const text = headersFile('/fzbg/', headers);
    const lines = text.split('\n');
    expect(lines[0]).toBe('/fzbg/*');
    expect(lines).toContain("  Content-Security-Policy: default-src 'self'");
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(text).toMatch(/^\/fzbg\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it('quote each value for nginx and send it on error responses too', () => {
    const lines = nginxHeaders(headers).split('\n').filter((line) => line.startsWith('add_header'));
    expect(lines).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(lines).toHaveLength(Object.keys(headers).length);
    for (const name of ['Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options']) {
      expect(lines.some((line) => line.startsWith(`add_header ${name} "`)), name).toBe(true);
    }
  });
});
