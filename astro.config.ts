import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeSubsectionHeadings } from './src/lib/report/rehype-subsection-headings.ts';
import { rehypeFigures } from './src/lib/report/rehype-figures.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { securityHeadersFiles } from './src/integrations/security-headers.ts';
import { DEFAULT_SITE_URL, missingIdentifiers, site } from './src/site.config.ts';

if (process.argv.includes('build')) {
  if (!site.originConfigured) {
    console.warn(
      `[site] SITE_URL 未设置：规范链接和二维码将指向 ${DEFAULT_SITE_URL}。发布前请设置，例如 SITE_URL=https://fzbg.example.gov.cn npm run build\n` +
        `[site] SITE_URL is not set: canonical links and QR codes will point at ${DEFAULT_SITE_URL}. Set it before publishing.`,
    );
  }
  const missing = missingIdentifiers(site.identifiers);
  if (missing.length > 0) {
    console.warn(
      `[site] src/site.config.ts 中以下网站标识尚未填写，页面上暂不显示：${missing.join('、')}\n` +
        `[site] These site identifiers are empty in src/site.config.ts and are left out of every page: ${missing.join(', ')}`,
    );
  }
}

export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  output: 'static',
  // One request per page on slow phone networks: the whole stylesheet is small enough to inline.
  build: { inlineStylesheets: 'always' },
  markdown: {
    // Astro's default engine ignores remark plugins; remark-cjk-friendly makes **“第一议题”**制度 bold.
    // Smartypants stays off: the report's quotation marks are already the right full-width ones.
    processor: unified({
      remarkPlugins: [remarkCjkFriendly],
      rehypePlugins: [rehypeSubsectionHeadings, rehypeFigures],
      smartypants: false,
    }),
  },
  integrations: [
    mdx(),
    // The search page and the posters have no content of their own for search engines to list.
    // Nor do the pages not found.
    sitemap({ filter: (page) => !page.endsWith('/search/') && !page.endsWith('/poster/') && !page.endsWith('/404/') }),
    notFoundPages(),
    searchIndex(),
    // Last: it hashes the inline scripts and styles of the final HTML.
    securityHeadersFiles(),
  ],
  devToolbar: { enabled: false },
});
