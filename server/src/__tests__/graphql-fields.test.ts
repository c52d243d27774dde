import { readData, teaser } from '../../../contracts/schemas/reader';
import { defineGraphqlFields } from '../graphql-fields';

/** A nexus definition block that records the calls made on it (`nonNull.string(...)`). */
const recorder = () => {
  const calls: string[] = [];
  const chain = (path: string): any =>
    new Proxy(() => undefined, {
      get: (_target, key: string) => chain(path ? `${path}.${key}` : key),
      apply: (_target, _this, args: unknown[]) => {
        calls.push(`${path} ${JSON.stringify(args)}`);
      },
    });
  return { t: chain(''), calls };
};

describe('GraphQL fields from the reader answer schemas', () => {
  it('makes the teaser: required text non-null, nullable text nullable, descriptions kept', () => {
    const { t, calls } = recorder();
    defineGraphqlFields(t, teaser);
    expect(calls).toEqual([
      'nonNull.string ["documentId"]',
      'nonNull.string ["title"]',
      'nonNull.string ["slug"]',
      'string ["summary"]',
      'nonNull.string ["publishedAt"]',
      'nonNull.string ["source",{"description":"linked: the reading order; computed: the publishedAt fallback"}]',
      'boolean ["wrapped",{"description":"true: the order went round (readingOrder.wrap): the newest article\'s next is the oldest, and the reverse"}]',
    ]);
  });

  it('makes the article page: named objects as their types, lists of them, JSON for the body and the cover', () => {
    const { t, calls } = recorder();
    defineGraphqlFields(t, readData);
    expect(calls).toEqual([
      'nonNull.string ["documentId"]',
      'nonNull.string ["title"]',
      'nonNull.string ["slug"]',
      'string ["locale",{"description":"null for a type without i18n"}]',
      'nonNull.string ["publishedAt"]',
      'field ["body",{"type":"JSON","description":"The body as the type stores it: blocks, Markdown or text, or its dynamic zone / components"}]',
      'field ["cover",{"type":"JSON","description":"The cover image (url, alternativeText, width, height, formats, ...)"}]',
      'string ["summary",{"description":"The editor\'s summary, or the automatic one"}]',
      'nonNull.string ["summarySource"]',
      'nonNull.int ["readingTimeMinutes"]',
      'field ["previous",{"type":"NewsroomTeaser"}]',
      'field ["next",{"type":"NewsroomTeaser"}]',
      'nonNull.list.nonNull.field ["series",{"type":"NewsroomSeriesPlacement"}]',
      'nonNull.list.nonNull.field ["toc",{"type":"NewsroomTocEntry"}]',
      'field ["jsonLd",{"type":"JSON","description":"schema.org structured data of the article (NewsArticle unless structuredData says otherwise), for a <script type=\\"application/ld+json\\">"}]',
    ]);
  });
});
