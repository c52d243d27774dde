import type { Core, Modules } from '@strapi/strapi';

import type { SeriesVersion } from '../../../contracts/reading-order-check';
import { SERIES_UID } from '../constants';
import { contentManagerAction, forbidden } from '../errors';
import type { NewsroomType } from '../registry';
import type { ArticleRef, ArticleVisibility, Readable } from '../services/visibility';
import { localeScope, type LocaleScope } from '../services/visibility/scope';
import type { AdminState } from './article-access';

/** Articles per look-up; a locale with more to look up is read whole, in one statement. */
const CHUNK = 500;

const checkerOf = (strapi: Core.Strapi, state: AdminState, uid: string) =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility: state.userAbility, model: uid });

const keyOf = (locale: string | null, documentId: string) => JSON.stringify([locale, documentId]);

/**
 * What this admin may read of the type, for a request about `locale`: the Content
 * Manager's read permission with its locale and creator conditions, as its list view
 * applies it. A role limited by locales alone (a super admin's covers them all) costs
 * no statement; an "is creator" role one per locale asked about.
 */
/** The Content Manager's sanitized permission filters, as the document service takes them. */
type DocumentFilters = Modules.Documents.Params.Filters.Any<NewsroomType['uid']>;

export const articleVisibility = async (
  strapi: Core.Strapi,
  state: AdminState,
  type: NewsroomType,
  locale: string | null
): Promise<ArticleVisibility> => {
  const checker = checkerOf(strapi, state, type.uid);
  const mayRead = !checker.cannot.read();
  const filters = mayRead
    ? ((await checker.sanitizedQuery.read({})) as { filters?: Record<string, unknown> } | undefined)?.filters
    : undefined;
  const scopeIn = (code: string | null): LocaleScope => (mayRead ? localeScope(filters, code) : 'none');

  /** The documentIds among `ids` (all of the locale without `ids`) whose drafts in `code` the permission's filters match. */
  const readableDrafts = async (code: string | null, ids?: string[]) => {
    const rows = (await strapi.documents(type.uid).findMany({
      status: 'draft',
      ...(code === null ? {} : { locale: code }),
      filters: (ids ? { $and: [filters, { documentId: { $in: ids } }] } : filters) as DocumentFilters,
      fields: ['documentId'],
    })) as Array<{ documentId: string }>;
    return rows.map((row) => row.documentId);
  };

  return {
    scope: scopeIn(locale),

    async articles(refs: ArticleRef[]): Promise<Readable<ArticleRef>> {
      const asked = new Map<string | null, Set<string>>();
      for (const ref of refs) {
        if (scopeIn(ref.locale) !== 'some') continue;
        if (!asked.has(ref.locale)) asked.set(ref.locale, new Set());
        asked.get(ref.locale)!.add(ref.documentId);
      }
      const found = new Set<string>();
      for (const [code, documentIds] of asked) {
        const ids = [...documentIds];
        const chunks = ids.length > CHUNK ? [undefined] : [ids];
        for (const chunk of chunks) for (const documentId of await readableDrafts(code, chunk)) found.add(keyOf(code, documentId));
      }
      return (ref) => {
        const scope = scopeIn(ref.locale);
        return scope === 'all' || (scope === 'some' && found.has(keyOf(ref.locale, ref.documentId)));
      };
    },

    async series(versions: SeriesVersion[]): Promise<Readable<SeriesVersion>> {
      const seriesChecker = checkerOf(strapi, state, SERIES_UID);
      if (versions.length === 0 || seriesChecker.cannot.read()) return () => false;
      // Few per check (the damaged ones): read with what the series' conditions look at, and asked one by one.
      const drafts = (await strapi.db.query(SERIES_UID).findMany({
        where: { documentId: { $in: [...new Set(versions.map((version) => version.documentId))] }, publishedAt: null },
        populate: { createdBy: true },
      })) as Array<{ documentId: string; locale: string }>;
      const readable = new Set(
        drafts.filter((draft) => !seriesChecker.cannot.read(draft)).map((draft) => keyOf(draft.locale, draft.documentId))
      );
      return (version) => readable.has(keyOf(version.locale, version.documentId));
    },
  };
};

/**
 * The visibility of a read route about a whole locale (the orders, the check): a 403
 * when the admin may read no article of the type there (its role lacks the permission,
 * or covers other locales only); else the route shows the articles it may read.
 */
export const readableLocale = async (strapi: Core.Strapi, state: AdminState, type: NewsroomType, locale: string | null) => {
  const visibility = await articleVisibility(strapi, state, type, locale);
  if (visibility.scope !== 'none') return visibility;
  if (checkerOf(strapi, state, type.uid).cannot.read()) {
    throw forbidden(`You may not read ${type.displayName}`, {
      action: contentManagerAction('read'),
      subject: type.uid,
      reason: 'permission',
    });
  }
  throw forbidden(`Your role may not read any ${type.displayName}${locale === null ? '' : ` in "${locale}"`}`, {
    action: contentManagerAction('read'),
    subject: type.uid,
    ...(locale === null ? {} : { locale }),
    reason: 'conditions',
  });
};
