/**
 * The article page, rendered on the server with React (no client-side JavaScript: the
 * summary control is a native <details>, so it works with a keyboard and a screen reader
 * as it is). Written with createElement so the example runs with the repository's
 * TypeScript loader, without a JSX build step.
 */
import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import type { ReadResponse, SeriesPlacement, SummarySource, Teaser, TocEntry } from '../../client/src';

type Article = ReadResponse['data'];

const STYLES = `
  :root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5a63; --accent: #0b57d0; --rule: #d9d9de; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: var(--ink); background: #fff; }
  main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
  h1 { font-size: clamp(1.75rem, 6vw, 2.5rem); line-height: 1.2; margin: 0 0 .5rem; }
  .meta { color: var(--muted); font: 0.95rem/1.4 system-ui, sans-serif; margin: 0 0 1.5rem; }
  a { color: var(--accent); }
  a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 3px; border-radius: 4px; }
  .skip { position: absolute; left: -999px; }
  .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
  .summary { border: 1px solid var(--rule); border-radius: 8px; padding: .75rem 1rem; margin: 0 0 2rem; font-family: system-ui, sans-serif; }
  .summary h2 { font-size: 1rem; margin: 0 0 .25rem; }
  .summary summary { cursor: pointer; color: var(--accent); font-weight: 600; padding: .25rem 0; }
  .summary p { margin: .5rem 0 0; }
  .source { color: var(--muted); font-size: .85rem; }
  .series { border-left: 4px solid var(--accent); padding: .5rem 1rem; margin: 2rem 0 0; font-family: system-ui, sans-serif; }
  .series h2 { font-size: 1rem; margin: 0; }
  .series .part { color: var(--muted); font-size: .9rem; margin: .25rem 0 .5rem; }
  .series a { display: block; padding: .25rem 0; }
  .body img { max-width: 100%; height: auto; }
  nav.toc { border: 1px solid var(--rule); border-radius: 8px; padding: .75rem 1rem; margin: 0 0 2rem; font-family: system-ui, sans-serif; }
  nav.toc h2 { font-size: 1rem; margin: 0 0 .25rem; }
  nav.toc ol { margin: 0; padding-left: 1.25rem; }
  nav.toc li { padding: .15rem 0; }
  nav.toc .level-3, nav.toc .level-4, nav.toc .level-5, nav.toc .level-6 { margin-left: 1rem; }
  nav.toc .time { color: var(--muted); font-size: .85rem; }
  nav.neighbors { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; border-top: 1px solid var(--rule); margin-top: 2.5rem; padding-top: 1.5rem; font-family: system-ui, sans-serif; }
  nav.neighbors .next { text-align: right; grid-column: 2; }
  nav.neighbors a { display: block; text-decoration: none; padding: .5rem 0; }
  nav.neighbors .label { display: block; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
  nav.neighbors .title { display: block; font-weight: 600; text-decoration: underline; }
  @media (max-width: 30rem) {
    nav.neighbors { grid-template-columns: 1fr; }
    nav.neighbors .next { grid-column: 1; text-align: left; }
  }
`;

const SOURCE_LABEL: Record<Exclude<SummarySource, 'none'>, string> = {
  editor: 'Written by the editor.',
  auto: 'Generated automatically from the article.',
};

export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

const document = (title: string, lang: string, content: ReactNode, head: ReactNode[] = []) =>
  `<!doctype html>${renderToStaticMarkup(
    h(
      'html',
      { lang },
      h(
        'head',
        null,
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', null, title),
        h('style', { dangerouslySetInnerHTML: { __html: STYLES } }),
        ...head
      ),
      h('body', null, h('a', { className: 'skip', href: '#content' }, 'Skip to the article'), h('main', { id: 'content' }, content))
    )
  )}`;

const isBlocks = (body: unknown): body is BlocksContent =>
  Array.isArray(body) && body.every((node) => typeof node === 'object' && node !== null && 'type' in node && 'children' in node);

/**
 * The anchors of `read`'s `toc`, handed out in order to the headings as the body renders
 * them: the server lists the body's headings in the order they appear.
 */
const anchorsOf = (toc: TocEntry[]) => {
  let next = 0;
  return () => toc[next++]?.anchor;
};

/** `## Heading` of a Markdown paragraph: its level and text, or null (a page that renders Markdown fully needs none of this). */
const markdownHeading = (paragraph: string): { level: number; text: string } | null => {
  let level = 0;
  while (paragraph[level] === '#') level += 1;
  return level >= 1 && level <= 6 && paragraph[level] === ' ' ? { level, text: paragraph.slice(level + 1).trim() } : null;
};

const headingTag = (level: number) => `h${Math.min(6, Math.max(2, level + 1))}`;

/** Blocks through Strapi's renderer; other body shapes (a site's own type) as their text. Headings get the toc's anchors. */
const Body = (body: unknown, toc: TocEntry[]): ReactNode => {
  const anchor = anchorsOf(toc);
  if (isBlocks(body)) {
    return h(BlocksRenderer, {
      content: body,
      blocks: {
        heading: ({ children, level }: { children?: ReactNode; level: number }) => h(headingTag(level), { id: anchor() }, children),
      },
    });
  }
  const texts = Array.isArray(body)
    ? body.flatMap((part) => (typeof part?.body === 'string' && !String(part.__component).includes('quote') ? [part.body as string] : []))
    : typeof body === 'string'
      ? [body]
      : [];
  return texts
    .flatMap((text) => text.split(/\n{2,}/))
    .map((paragraph, index) => {
      const heading = markdownHeading(paragraph);
      return heading ? h(headingTag(heading.level), { key: index, id: anchor() }, heading.text) : h('p', { key: index }, paragraph);
    });
};

/** "Contents": the headings with their reading time, linking to their anchors. */
const TableOfContents = (toc: TocEntry[]): ReactNode =>
  toc.length === 0
    ? null
    : h(
        'nav',
        { className: 'toc', 'aria-labelledby': 'toc-heading' },
        h('h2', { id: 'toc-heading' }, 'Contents'),
        h(
          'ol',
          null,
          ...toc.map((entry) =>
            h(
              'li',
              { key: entry.anchor, className: `level-${entry.level}` },
              h('a', { href: `#${entry.anchor}` }, entry.text),
              h('span', { className: 'time' }, ` · ${entry.readingTimeMinutes} min`)
            )
          )
        )
      );

/**
 * The article's JSON-LD in a script element: `<` is written `\u003c` (the same JSON), so
 * no `</script>` or `<!--` in a title or summary can end the element early.
 */
const StructuredData = (jsonLd: Record<string, unknown>): ReactNode =>
  h('script', {
    key: 'ld',
    type: 'application/ld+json',
    dangerouslySetInnerHTML: { __html: JSON.stringify(jsonLd).split('<').join('\\u003c') },
  });

/** `<link rel="prev">` / `<link rel="next">`: the reading order for crawlers and browsers. */
const OrderLinks = (article: Article): ReactNode[] => [
  ...(article.previous ? [h('link', { key: 'prev', rel: 'prev', href: articlePath(article.previous.slug) })] : []),
  ...(article.next ? [h('link', { key: 'next', rel: 'next', href: articlePath(article.next.slug) })] : []),
];

const SummaryControl = (article: Article): ReactNode =>
  article.summarySource === 'none' || !article.summary
    ? null
    : h(
        'section',
        { className: 'summary', 'aria-labelledby': 'summary-heading' },
        h('h2', { id: 'summary-heading' }, 'No time to read?'),
        h(
          'details',
          null,
          h('summary', null, 'Get a summary'),
          h('p', null, article.summary),
          h('p', { className: 'source' }, SOURCE_LABEL[article.summarySource])
        )
      );

const NeighborLink = (teaser: Teaser | null, label: string, className: string): ReactNode =>
  teaser
    ? h(
        'a',
        { className, href: articlePath(teaser.slug), rel: className === 'next' ? 'next' : 'prev' },
        h('span', { className: 'label' }, label),
        h('span', { className: 'title' }, teaser.title)
      )
    : null;

/** "Part 2 of 4" of each series the article is in, with the parts on either side. */
const SeriesBox = (placement: SeriesPlacement): ReactNode =>
  h(
    'aside',
    { className: 'series', key: placement.documentId, 'aria-labelledby': `series-${placement.documentId}` },
    h('h2', { id: `series-${placement.documentId}` }, placement.title),
    h('p', { className: 'part' }, `Part ${placement.position} of ${placement.total}`),
    placement.previous ? h('a', { href: articlePath(placement.previous.slug) }, `Previous part: ${placement.previous.title}`) : null,
    placement.next ? h('a', { href: articlePath(placement.next.slug) }, `Next part: ${placement.next.title}`) : null
  );

export const renderArticle = (article: Article): string => {
  const published = new Date(article.publishedAt);
  const minutes = article.readingTimeMinutes;
  return document(
    article.title,
    article.locale ?? 'en',
    h(
      'article',
      null,
      h('h1', null, article.title),
      h(
        'p',
        { className: 'meta' },
        h('time', { dateTime: article.publishedAt }, published.toLocaleDateString(article.locale ?? 'en', { dateStyle: 'long' })),
        ` · ${minutes} min read`
      ),
      SummaryControl(article),
      TableOfContents(article.toc),
      h('div', { className: 'body' }, Body(article.body, article.toc)),
      ...article.series.map(SeriesBox),
      article.previous || article.next
        ? h(
            'nav',
            { className: 'neighbors', 'aria-label': 'More articles' },
            NeighborLink(article.previous, 'Previous Article', 'previous'),
            NeighborLink(article.next, 'Next Article', 'next')
          )
        : null
    ),
    [StructuredData(article.jsonLd), ...OrderLinks(article)]
  );
};

export const renderNotFound = (slug: string): string =>
  document(
    'Article not found',
    'en',
    h(
      'div',
      null,
      h('h1', null, 'Article not found'),
      h('p', null, `There is no published article at “${slug}”. It may have been moved or unpublished.`)
    )
  );

export const renderUnavailable = (): string =>
  document(
    'The newsroom is not answering',
    'en',
    h(
      'div',
      { role: 'alert' },
      h('h1', null, 'The newsroom is not answering'),
      h('p', null, 'We could not load this article just now. Please try again in a minute.')
    )
  );

export const renderHome = (): string =>
  document(
    'Newsroom reader',
    'en',
    h(
      'div',
      null,
      h('h1', null, 'Newsroom reader'),
      h(
        'form',
        { action: '/articles', method: 'get' },
        h('label', { htmlFor: 'slug' }, 'Open an article by its slug or documentId '),
        h('input', { id: 'slug', name: 'slug', required: true }),
        ' ',
        h('button', { type: 'submit' }, 'Open')
      )
    )
  );
