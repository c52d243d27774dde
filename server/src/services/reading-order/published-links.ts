import type { Transaction } from '../database';
import type { ArticleVersion, LinkTable, RowLink } from './link-table';
import { isDraft } from './versions';

/** How many unpublished articles in a row a published link steps over (`readingOrder.skipUnpublished`). */
export const MAX_UNPUBLISHED_RUN = 50;

/** The neighbors of one version of an article, by documentId, taken before a change removes it. */
export interface CapturedNeighbors {
  locale: string | null;
  published: boolean;
  previous: string | null;
  next: string | null;
}

const sameLink = (a: RowLink, b: RowLink) => a.previousId === b.previousId && a.nextId === b.nextId;

/**
 * Keeps the published order in step with publication: a published version only
 * links to published versions, and a link goes live when either of its articles
 * is published.
 */
export const createPublishedLinks = (links: LinkTable) => {
  /** Makes the links of `rowId` exactly `previousId -> rowId -> nextId`, detaching whatever held those places. */
  const setLinks = async (trx: Transaction, rowId: number, previousId: number | null, nextId: number | null) => {
    const next = nextId === previousId ? null : nextId;
    const touching = await links.linksTouching(
      trx,
      [rowId, previousId, next].filter((id): id is number => id !== null)
    );
    const wanted: RowLink[] = [];
    if (previousId !== null) wanted.push({ previousId, nextId: rowId });
    if (next !== null) wanted.push({ previousId: rowId, nextId: next });

    const conflicting = touching.filter(
      (link) =>
        !wanted.some((want) => sameLink(want, link)) &&
        (link.nextId === rowId ||
          link.previousId === rowId ||
          (previousId !== null && link.previousId === previousId) ||
          (next !== null && link.nextId === next))
    );
    await links.remove(trx, conflicting);
    await links.add(
      trx,
      wanted.filter((want) => !touching.some((link) => sameLink(link, want)))
    );
  };

  const versionsIn = async (trx: Transaction, documentIds: Array<string | null>, locale: string | null) => {
    const ids = documentIds.filter((id): id is string => id !== null);
    return ids.length === 0 ? [] : links.versions(trx, ids, locale);
  };

  const documentIdOf = (versions: ArticleVersion[], rowId: number | undefined) =>
    rowId === undefined ? null : (versions.find((version) => version.id === rowId)?.documentId ?? null);

  /**
   * The published version of the nearest article along the draft order from
   * `draftRowId` that has one, within `maxSteps`; null at the article itself (a loop).
   */
  const nearestPublished = async (
    trx: Transaction,
    draftRowId: number,
    direction: 'forward' | 'backward',
    maxSteps: number,
    documentId: string,
    locale: string | null
  ): Promise<number | null> => {
    const walked = await links.walk(trx, draftRowId, direction, maxSteps);
    const publishedVersions = (
      await versionsIn(
        trx,
        walked.map((version) => version.documentId),
        locale
      )
    ).filter((version) => !isDraft(version));
    for (const version of walked) {
      if (version.documentId === documentId) return null;
      const found = publishedVersions.find((candidate) => candidate.documentId === version.documentId);
      if (found) return found.id;
    }
    return null;
  };

  /** Removes, from a loop through `rowId` in the published order, the links the drafts no longer have. */
  const breakLoop = async (trx: Transaction, rowId: number, locale: string | null) => {
    const ahead = await links.linksAhead(trx, rowId);
    const nextOf = new Map(ahead.map((link) => [link.previousId, link.nextId]));
    const loop: RowLink[] = [];
    const seen = new Set<number>();
    for (let current = rowId; nextOf.has(current) && !seen.has(current); current = nextOf.get(current)!) {
      seen.add(current);
      loop.push({ previousId: current, nextId: nextOf.get(current)! });
    }
    if (loop[loop.length - 1]?.nextId !== rowId) return;

    const published = await links.versionsByIds(
      trx,
      loop.map((link) => link.previousId)
    );
    const drafts = (
      await versionsIn(
        trx,
        published.map((version) => version.documentId),
        locale
      )
    ).filter(isDraft);
    const draftIdOf = (publishedId: number) => drafts.find((draft) => draft.documentId === documentIdOf(published, publishedId))?.id;
    const draftLinks = await links.linksTouching(
      trx,
      drafts.map((draft) => draft.id)
    );
    const stale = loop.filter(
      (link) =>
        !draftLinks.some((draftLink) => draftLink.previousId === draftIdOf(link.previousId) && draftLink.nextId === draftIdOf(link.nextId))
    );
    await links.remove(trx, stale);
  };

  return {
    setLinks,

    /**
     * The documents whose published versions are nearest to `documentId` along its
     * draft order, each way: where a publication of it links (or a removal heals).
     */
    async publishedAlongDrafts(trx: Transaction, documentId: string, locale: string | null, skipUnpublished: boolean) {
      const draft = (await links.versions(trx, [documentId], locale)).find(isDraft);
      if (!draft) return [];
      const maxSteps = skipUnpublished ? MAX_UNPUBLISHED_RUN + 1 : 1;
      const found = await Promise.all(
        (['backward', 'forward'] as const).map((direction) => nearestPublished(trx, draft.id, direction, maxSteps, documentId, locale))
      );
      const rows = await links.versionsByIds(
        trx,
        found.filter((id): id is number => id !== null)
      );
      return rows.map((row) => row.documentId);
    },

    /**
     * After `documentId` is published in `locale`: its published version takes the
     * links its draft has, to the published versions of its neighbors. With
     * `skipUnpublished`, a neighbor that has never been published (or was
     * unpublished) is stepped over to the nearest published article along the draft
     * order, as unpublishing closes the gap it leaves.
     */
    async syncFromDraft(
      trx: Transaction,
      documentId: string,
      locale: string | null,
      { allowCycles, skipUnpublished }: { allowCycles: boolean; skipUnpublished: boolean }
    ) {
      const versions = await links.versions(trx, [documentId], locale);
      const draft = versions.find(isDraft);
      const published = versions.find((version) => !isDraft(version));
      if (!draft || !published) return;

      const maxSteps = skipUnpublished ? MAX_UNPUBLISHED_RUN + 1 : 1;
      const [previous, next] = await Promise.all(
        (['backward', 'forward'] as const).map((direction) => nearestPublished(trx, draft.id, direction, maxSteps, documentId, locale))
      );
      await setLinks(trx, published.id, previous, next);
      if (!allowCycles) await breakLoop(trx, published.id, locale);
    },

    /** The neighbors of every version of `documentId` in `locales`. */
    async capture(trx: Transaction, documentId: string, locales: Array<string | null>): Promise<CapturedNeighbors[]> {
      const versions = (await links.versions(trx, [documentId])).filter((version) => locales.includes(version.locale));
      const touching = await links.linksTouching(
        trx,
        versions.map((version) => version.id)
      );
      const neighborRows = await links.versionsByIds(
        trx,
        touching.flatMap((link) => [link.previousId, link.nextId])
      );
      return versions.map((version) => ({
        locale: version.locale,
        published: !isDraft(version),
        previous: documentIdOf(neighborRows, touching.find((link) => link.nextId === version.id)?.previousId),
        next: documentIdOf(neighborRows, touching.find((link) => link.previousId === version.id)?.nextId),
      }));
    },

    /** After a delete: links each removed version's previous and next, where both are free. */
    async heal(trx: Transaction, captured: CapturedNeighbors[]) {
      for (const { locale, published, previous, next } of captured) {
        if (previous === null || next === null || previous === next) continue;
        const [before, after] = await Promise.all(
          [previous, next].map(async (documentId) =>
            (await links.versions(trx, [documentId], locale)).find((version) => isDraft(version) !== published)
          )
        );
        if (!before || !after) continue;
        const touching = await links.linksTouching(trx, [before.id, after.id]);
        const free = !touching.some((link) => link.previousId === before.id) && !touching.some((link) => link.nextId === after.id);
        if (free) await links.add(trx, [{ previousId: before.id, nextId: after.id }]);
      }
    },

    /** Puts captured published links back on the published version of `documentId`, where the neighbors are still published. */
    async restore(trx: Transaction, documentId: string, captured: CapturedNeighbors[]) {
      for (const { locale, previous, next } of captured.filter((entry) => entry.published)) {
        const versions = await versionsIn(trx, [documentId, previous, next], locale);
        const publishedIdOf = (id: string | null) => versions.find((version) => version.documentId === id && !isDraft(version))?.id ?? null;
        const self = publishedIdOf(documentId);
        if (self !== null) await setLinks(trx, self, publishedIdOf(previous), publishedIdOf(next));
      }
    },
  };
};
