import type { FeedDocument } from './model';
import { element, xmlText } from './xml';

const link = (rel: string, href: string, type?: string) => `<link rel="${rel}" href="${xmlText(href)}"${type ? ` type="${type}"` : ''}/>`;

/**
 * Atom 1.0 (RFC 4287). The feed names an author (the feed's title: Atom needs one and
 * articles carry none); an entry without a page URL carries its summary as `content`,
 * as Atom asks of an entry with no alternate link.
 */
export const renderAtom = (feed: FeedDocument): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${xmlText(feed.language)}"` : ''}>`,
    element('id', feed.id),
    element('title', feed.title),
    element('subtitle', feed.description),
    element('updated', feed.updated),
    link('self', feed.selfUrl, 'application/atom+xml'),
    ...(feed.homeUrl ? [link('alternate', feed.homeUrl, 'text/html')] : []),
    `<author>${element('name', feed.title)}</author>`,
    ...feed.items.map((item) =>
      [
        '<entry>',
        element('id', item.id),
        element('title', item.title),
        ...(item.url ? [link('alternate', item.url, 'text/html')] : []),
        element('published', item.published),
        element('updated', item.updated),
        ...(item.summary ? [`<summary type="text">${xmlText(item.summary)}</summary>`] : []),
        ...(item.url ? [] : [`<content type="text">${xmlText(item.summary ?? item.title)}</content>`]),
        '</entry>',
      ].join('')
    ),
    '</feed>',
  ].join('\n');
