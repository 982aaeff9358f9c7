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
import { site } from './src/site.config.ts';
import { publicationChecks } from './src/integrations/publication-checks.ts';
import { contentFolder, DEFAULT_CONTENT_DIR } from './src/lib/report/content-folder.ts';

const content = contentFolder();

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
    // First: a build that must not be published stops before any work.
    publicationChecks(content),
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
  // Astro's content cache keeps an unchanged entry under the file it was first read from: a cache per content
  // folder keeps one folder's entries from standing in for another's (the tests build fixture folders).
  ...(content === DEFAULT_CONTENT_DIR ? {} : { cacheDir: `./node_modules/.astro/${content.replace(/[^\w-]+/g, '_')}/` }),
  vite: {
    // 朗读's script is bundled as a worker-style entry (?worker&url) so that it loads on its own when pressed: as an
    // ES module, like every other script of the site.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Astro marks every MDX module "use astro:head-inject" for its own head handling, and the bundler warns
        // once per file that it cannot keep the directive (withastro/astro#18087). Astro does not need it kept:
        // the warning is harmless and would bury the lines staff must act on, so only this one is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
