/** The route families and how often each is picked. */
import type { Random } from '../random';
import { adminRequest } from './admin';
import { articlesRequest } from './articles';
import type { Generator, GeneratorContext } from './common';
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

export const nextRequest = (random: Random, context: GeneratorContext) =>
  FAMILIES[random.weighted({ reader: 20, articles: 24, graphql: 16, admin: 20, 'content-manager': 20 })](random, context);

/**
 * Several bulk publishes (or unpublishes) of overlapping runs of linked drafts at
 * once, one of them naming an article twice: the Content Manager's concurrent path.
 */
export const bulkStorm = (random: Random, context: GeneratorContext, size: number) =>
  Array.from({ length: size }, () => bulkRequest(random, context.rows, random.chance(0.75) ? 'bulkPublish' : 'bulkUnpublish'));

export { type GeneratorContext };
