import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeSubsectionHeadings } from './src/lib/rehype-subsection-headings.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { DEFAULT_SITE_URL, site } from './src/site.config.ts';

if (!site.originConfigured && process.argv.includes('build')) {
  console.warn(
    `[site] SITE_URL 未设置：规范链接和二维码将指向 ${DEFAULT_SITE_URL}。发布前请设置，例如 SITE_URL=https://fzbg.example.gov.cn npm run build\n` +
      `[site] SITE_URL is not set: canonical links and QR codes will point at ${DEFAULT_SITE_URL}. Set it before publishing.`,
  );
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
      rehypePlugins: [rehypeSubsectionHeadings],
      smartypants: false,
    }),
  },
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
});
