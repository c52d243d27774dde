import article from './article';
import backfill from './backfill';
import reader from './reader';
import readingOrder from './reading-order';
import revalidation from './revalidation';
import types from './types';

export default { article, backfill, reader, 'reading-order': readingOrder, revalidation, types };
