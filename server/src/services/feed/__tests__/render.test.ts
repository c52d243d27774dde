import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';

import { jsonFeed } from '../../../../../contracts/schemas/reader';
import { renderAtom } from '../atom';
import { stableUrn } from '../index';
import { renderJsonFeed } from '../json-feed';
import type { FeedDocument } from '../model';
import { renderRss } from '../rss';
import { xmlText } from '../xml';

/** A title with every character XML needs escaped, and characters XML 1.0 forbids. */
const HOSTILE = 'Fish & <chips> "quoted" \'single\' ]]> \u0001\u0008\u000b\u001f\uffff\ud800 end';
const CLEAN = 'Fish & <chips> "quoted" \'single\' ]]>  end';

/** An Atom text construct's text (feedsmith gives `{ value, type }`). */
const text = (construct: unknown) => (construct && typeof construct === 'object' && 'value' in construct ? construct.value : construct);

const feed = (overrides: Partial<FeedDocument> = {}): FeedDocument => ({
  id: stableUrn(['feed', 'plugin::newsroom.article', 'en', 'newest']),
  title: 'Newsroom & co',
  description: 'The newest articles',
  selfUrl: 'https://cms.example.com/api/newsroom/feed?type=x&format=rss&limit=20',
  homeUrl: 'https://example.com/en/series/tram',
  language: 'en',
  updated: '2026-12-01T10:00:00.000Z',
  items: [
    {
      id: stableUrn(['article', 'plugin::newsroom.article', 'en', 'abc']),
      title: HOSTILE,
      url: 'https://example.com/en/news/a?x=1&y=2',
      summary: 'A summary with <b>markup</b> & entities.',
      published: '2026-12-01T09:00:00.000Z',
      updated: '2026-12-01T10:00:00.000Z',
    },
    {
      id: stableUrn(['article', 'plugin::newsroom.article', 'en', 'def']),
      title: 'No link',
      url: null,
      summary: null,
      published: '2026-11-30T09:00:00.000Z',
      updated: '2026-11-30T09:00:00.000Z',
    },
  ],
  ...overrides,
});

describe('feed rendering', () => {
  it('writes RSS 2.0 that parses, with escaped text and the characters XML forbids dropped', () => {
    const xml = renderRss(feed());
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseRssFeed(xml);
    expect(parsed.title).toBe('Newsroom & co');
    expect(parsed.link).toBe('https://example.com/en/series/tram');
    expect(parsed.items?.map((item) => [item.title, item.link, item.description, item.guid?.value])).toEqual([
      [CLEAN, 'https://example.com/en/news/a?x=1&y=2', 'A summary with <b>markup</b> & entities.', feed().items[0].id],
      ['No link', undefined, undefined, feed().items[1].id],
    ]);
    expect(new Date(parsed.items?.[0].pubDate ?? '').toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('writes Atom 1.0 that parses, an entry without a page carrying its text as content', () => {
    const xml = renderAtom(feed());
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseAtomFeed(xml);
    expect([parsed.id, text(parsed.title), parsed.updated]).toEqual([feed().id, 'Newsroom & co', '2026-12-01T10:00:00.000Z']);
    expect(parsed.links?.map((link) => link.rel)).toEqual(['self', 'alternate']);
    expect(parsed.authors?.[0]?.name).toBe('Newsroom & co');
    const [first, second] = parsed.entries ?? [];
    expect([first.id, text(first.title), first.links?.[0]?.href, text(first.summary), first.published]).toEqual([
      feed().items[0].id,
      CLEAN,
      'https://example.com/en/news/a?x=1&y=2',
      'A summary with <b>markup</b> & entities.',
      '2026-12-01T09:00:00.000Z',
    ]);
    expect([second.links, text(second.content)]).toEqual([undefined, 'No link']);
  });

  it('writes JSON Feed 1.1 that parses and meets the route schema', () => {
    const rendered = renderJsonFeed(feed());
    expect(jsonFeed.safeParse(rendered).success).toBe(true);
    const parsed = parseJsonFeed(JSON.parse(JSON.stringify(rendered)));
    expect(parsed.items?.map((item) => [item.id, item.url, item.content_text])).toEqual([
      [feed().items[0].id, 'https://example.com/en/news/a?x=1&y=2', 'A summary with <b>markup</b> & entities.'],
      [feed().items[1].id, undefined, 'No link'],
    ]);
  });

  it('writes a feed with no items and no language in every format', () => {
    const empty = feed({ items: [], language: null, homeUrl: null });
    expect(parseRssFeed(renderRss(empty)).items ?? []).toEqual([]);
    expect(parseAtomFeed(renderAtom(empty)).entries ?? []).toEqual([]);
    expect(jsonFeed.safeParse(renderJsonFeed(empty)).success).toBe(true);
  });

  it('gives stable, distinct version-5 UUID URNs', () => {
    const a = stableUrn(['article', 'x', 'en', 'abc']);
    expect(a).toBe(stableUrn(['article', 'x', 'en', 'abc']));
    expect(a).not.toBe(stableUrn(['article', 'x', 'fr', 'abc']));
    expect(a).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps characters outside the Basic Multilingual Plane and drops lone surrogates', () => {
    expect(xmlText('a😀b\udc00c')).toBe('a😀bc');
  });
});
