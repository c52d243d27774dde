import type { ArticleStatus } from '../../../../contracts/reading-order';
import type { ArticleVersion } from './link-table';

export const isDraft = (version: ArticleVersion) => version.publishedAt === null || version.publishedAt === undefined;

const time = (value: unknown) => (value === null || value === undefined ? 0 : new Date(value as string | number | Date).getTime());

/** The Content Manager's status: a draft updated after its published version is `modified`. */
export const statusOf = (draft: { updatedAt?: unknown }, published: { updatedAt?: unknown } | undefined): ArticleStatus => {
  if (!published) return 'draft';
  return time(draft.updatedAt) > time(published.updatedAt) ? 'modified' : 'published';
};
