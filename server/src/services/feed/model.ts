/** A feed as the three formats render it: the same channel and items, whatever the format. */
export interface FeedItem {
  /** Stable for the article (a `urn:uuid:`): readers tell new items from seen ones by it. */
  id: string;
  title: string;
  /** The article's page (`urls`), or null without a template. */
  url: string | null;
  summary: string | null;
  /** ISO 8601. */
  published: string;
  updated: string;
}

export interface FeedDocument {
  /** Stable for the feed (a `urn:uuid:`). */
  id: string;
  title: string;
  description: string;
  /** Where this feed is served, absolute. */
  selfUrl: string;
  /** The site page the feed follows (a series page), or null. */
  homeUrl: string | null;
  language: string | null;
  /** ISO 8601: the latest `updated` of its items, or the epoch for an empty feed (stable across requests). */
  updated: string;
  items: FeedItem[];
}
