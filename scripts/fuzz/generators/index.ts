/** The route families, how often each is picked, and the type each request aims at. */
import { pickType } from '../content-types';
import type { Random } from '../random';
import type { RowsByType } from '../rows';
import { adminRequest } from './admin';
import { articlesRequest } from './articles';
import type { Generator } from './common';
import { bulkRequest, contentManagerRequest } from './content-manager';
import { graphqlRequest } from './graphql';
import { readerRequest } from './reader';

const FAMILIES: Record<string, Generator> = {
  reader: readerRequest,
  articles: articlesRequest,
  graphql: graphqlRequest,
  admin: adminRequest,
  'content-manager': contentManagerRequest,
};

export interface FuzzContext {
  rows: RowsByType;
}

export const nextRequest = (random: Random, { rows }: FuzzContext) => {
  const type = pickType(random);
  return FAMILIES[random.weighted({ reader: 20, articles: 24, graphql: 16, admin: 20, 'content-manager': 20 })](random, { type, rows: rows[type.uid] });
};

/**
 * Several bulk publishes (or unpublishes) of overlapping runs of linked drafts of one
 * type at once, one of them naming an article twice: the Content Manager's concurrent path.
 */
export const bulkStorm = (random: Random, { rows }: FuzzContext, size: number) => {
  const type = pickType(random);
  return Array.from({ length: size }, () => bulkRequest(random, type, rows[type.uid], random.chance(0.75) ? 'bulkPublish' : 'bulkUnpublish'));
};
