import type { FeedDocument } from './model';
import { element, xmlText } from './xml';

/** RFC 822 date (RSS 2.0's `pubDate`): `Sun, 06 Dec 2026 02:47:59 GMT`. */
const rfc822 = (iso: string) => new Date(iso).toUTCString();

/** RSS 2.0, with an `atom:link rel="self"` as the RSS Advisory Board recommends. */
export const renderRss = (feed: FeedDocument): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.homeUrl ?? feed.selfUrl),
    element('description', feed.description),
    `<atom:link href="${xmlText(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(feed.language ? [element('language', feed.language)] : []),
    element('lastBuildDate', rfc822(feed.updated)),
    ...feed.items.map((item) =>
      [
        '<item>',
        element('title', item.title),
        ...(item.url ? [element('link', item.url)] : []),
        ...(item.summary ? [element('description', item.summary)] : []),
        element('pubDate', rfc822(item.published)),
        `<guid isPermaLink="false">${xmlText(item.id)}</guid>`,
        '</item>',
      ].join('')
    ),
    '</channel>',
    '</rss>',
  ].join('\n');
