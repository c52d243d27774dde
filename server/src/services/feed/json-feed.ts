import type { JsonFeed } from '../../../../contracts/reader';
import type { FeedDocument } from './model';

/**
 * JSON Feed 1.1. An item needs `content_html` or `content_text`: the summary (the
 * title when there is none), also given as `summary`.
 */
export const renderJsonFeed = (feed: FeedDocument): JsonFeed => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: feed.title,
  ...(feed.homeUrl ? { home_page_url: feed.homeUrl } : {}),
  feed_url: feed.selfUrl,
  description: feed.description,
  ...(feed.language ? { language: feed.language } : {}),
  items: feed.items.map((item) => ({
    id: item.id,
    ...(item.url ? { url: item.url } : {}),
    title: item.title,
    ...(item.summary ? { summary: item.summary } : {}),
    content_text: item.summary ?? item.title,
    date_published: item.published,
    date_modified: item.updated,
    ...(feed.language ? { language: feed.language } : {}),
  })),
});
