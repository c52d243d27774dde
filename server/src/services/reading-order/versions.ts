import type { ArticleStatus } from '../../../../contracts/reading-order';
import type { ArticleVersion } from './link-table';

export const isDraft = (version: ArticleVersion) => version.publishedAt === null || version.publishedAt === undefined;

const time = (value: Date | string | number | null) => (value === null ? 0 : new Date(value).getTime());

/** The Content Manager's status: a draft updated after its published version is `modified`. */
export const statusOf = (draft: ArticleVersion, published: ArticleVersion | undefined): ArticleStatus => {
  if (!published) return 'draft';
  return time(draft.updatedAt) > time(published.updatedAt) ? 'modified' : 'published';
};
