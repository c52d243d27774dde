import type { Core } from '@strapi/strapi';

import type { Cover, SeriesPlacement } from '../../../../contracts/reader';
import { getConfig } from '../../accessors';
import { SERIES_UID } from '../../constants';
import { defaultLocale } from '../../locales';
import type { NewsroomType } from '../../registry';
import { articleJsonLd, fillUrl } from './json-ld';
import type { ArticleRow } from './store';

const iso = (value: unknown): string => new Date(value as string | number | Date).toISOString();

/** What a page is known by: a URL template's placeholders. */
export interface PageKey {
  slug: string;
  documentId: string;
  /** Null for a type without i18n: `{locale}` is then the default locale. */
  locale: string | null;
}

/**
 * What the reader API says about a page beyond its row: its public URL (the `urls`
 * option) and its schema.org data (`structuredData`). Shared by `read` and the feeds.
 */
export const createPageData = (strapi: Core.Strapi) => {
  const config = () => getConfig(strapi);

  /** A `urls` template filled in for a page, or null when the uid has none. */
  const urlOf = async (uid: string, page: PageKey): Promise<string | null> => {
    const template = config().urls[uid];
    if (!template) return null;
    const locale = page.locale ?? (template.includes('{locale}') ? await defaultLocale(strapi) : '');
    return fillUrl(template, { slug: page.slug, documentId: page.documentId, locale });
  };

  /**
   * A cover URL as a page can use it from anywhere: the upload provider's own (a CDN),
   * or a local file's path under Strapi's `server.url` when that is an absolute URL.
   */
  const absoluteUrl = (url: string): string => {
    const server = strapi.config.get('server.url', '');
    if (!url.startsWith('/') || url.startsWith('//') || typeof server !== 'string') return url;
    return server.startsWith('http://') || server.startsWith('https://') ? `${server.replace(/\/+$/, '')}${url}` : url;
  };

  /** The author's name, from the attribute `structuredData` maps (one more statement, only when one is mapped). */
  const authorOf = async (type: NewsroomType, row: ArticleRow): Promise<string | null> => {
    const attribute = config().structuredData[type.uid]?.author;
    if (!attribute) return null;
    const found = await strapi.db.query(type.uid).findOne({ where: { id: row.id }, select: [attribute] });
    const name: unknown = found?.[attribute];
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
  };

  return {
    urlOf,

    /** The public URL of an article page, or null without a `urls` template for its type. */
    articleUrl: (type: NewsroomType, page: PageKey) => urlOf(type.uid, page),

    async jsonLd(
      type: NewsroomType,
      row: ArticleRow,
      shown: { summary: string | null; cover: Cover | null; readingTimeMinutes: number; wordCount: number; series: SeriesPlacement[] }
    ): Promise<Record<string, unknown>> {
      const seriesLocale = type.localized ? row.locale : null;
      const series = [];
      for (const placement of shown.series) {
        series.push({
          name: placement.title,
          url: await urlOf(SERIES_UID, { slug: placement.slug, documentId: placement.documentId, locale: seriesLocale }),
          position: placement.position,
        });
      }
      return articleJsonLd({
        schemaType: config().structuredData[type.uid]?.type ?? 'NewsArticle',
        headline: row.title,
        description: shown.summary,
        datePublished: iso(row.publishedAt),
        dateModified: iso(row.updatedAt),
        image: shown.cover?.url ? absoluteUrl(shown.cover.url) : null,
        inLanguage: row.locale,
        wordCount: shown.wordCount,
        readingTimeMinutes: shown.readingTimeMinutes,
        author: await authorOf(type, row),
        url: await urlOf(type.uid, row),
        series,
      });
    },
  };
};
