/** The route families, how often each is picked, and the type each request aims at. */
import { pickType, POST } from '../content-types';
import type { Random } from '../random';
import type { RowsByType } from '../rows';
import type { TagRow } from '../types';
import { adminRequest } from './admin';
import { articlesRequest } from './articles';
import type { Generator } from './common';
import { bulkRequest, contentManagerRequest } from './content-manager';
import { graphqlRequest } from './graphql';
import { readerRequest } from './reader';
import { tagRequest } from './tags';

/** Tag-side edits, of the requests sent alone (half of all): enough to move the Post's scoped neighbors often. */
const TAG_EDIT_SHARE = 0.05;

const FAMILIES: Record<string, Generator> = {
  reader: readerRequest,
  articles: articlesRequest,
  graphql: graphqlRequest,
  admin: adminRequest,
  'content-manager': contentManagerRequest,
};

export interface FuzzContext {
  rows: RowsByType;
  tags: TagRow[];
}

/**
 * `alone`: the request will be sent by itself. Tag-side edits are only sent alone: one in
 * flight with a delete or unpublish of a post it connects is often a 500 of Strapi's own on
 * PostgreSQL, with the plugin off too (a deadlock, or the error Strapi's relation update
 * then hides behind "current transaction is aborted").
 */
export const nextRequest = (random: Random, { rows, tags }: FuzzContext, { alone }: { alone: boolean }) => {
  if (alone && random.chance(TAG_EDIT_SHARE)) return tagRequest(random, tags, rows[POST.uid]);
  const type = pickType(random);
  return FAMILIES[random.weighted({ reader: 20, articles: 24, graphql: 16, admin: 20, 'content-manager': 20 })](random, {
    type,
    rows: rows[type.uid],
  });
};

/**
 * Several bulk publishes (or unpublishes) of overlapping runs of linked drafts of one
 * type at once, one of them naming an article twice: the Content Manager's concurrent path.
 */
export const bulkStorm = (random: Random, { rows }: FuzzContext, size: number) => {
  const type = pickType(random);
  return Array.from({ length: size }, () =>
    bulkRequest(random, type, rows[type.uid], random.chance(0.75) ? 'bulkPublish' : 'bulkUnpublish')
  );
};
