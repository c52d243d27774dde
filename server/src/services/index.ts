import article from './article';
import backfill from './backfill';
import bulk from './bulk';
import feed from './feed';
import orders from './orders';
import reader from './reader';
import readerCache from './reader-cache';
import readingOrder from './reading-order';
import readingOrderCheck from './reading-order-check';
import related from './related';
import revalidation from './revalidation';
import series from './series';
import siteChanges from './site-changes';
import types from './types';

export default {
  article,
  backfill,
  bulk,
  feed,
  orders,
  reader,
  'reader-cache': readerCache,
  'reading-order': readingOrder,
  'reading-order-check': readingOrderCheck,
  related,
  revalidation,
  series,
  'site-changes': siteChanges,
  types,
};
