import type { Core } from '@strapi/strapi';

import type { NewsroomConfig } from './config';
import { PLUGIN_ID } from './constants';
import type { BackfillService } from './services/backfill';
import type { BulkService } from './services/bulk';
import type { FeedService } from './services/feed';
import type { OrdersService } from './services/orders';
import type { ReaderService } from './services/reader';
import type { ReaderCacheService } from './services/reader-cache';
import type { ReadingOrderService } from './services/reading-order';
import type { ReadingOrderCheckService } from './services/reading-order-check';
import type { RelatedService } from './services/related';
import type { RevalidationService } from './services/revalidation';
import type { SeriesService } from './services/series';
import type { SiteChangesService } from './services/site-changes';
import type { TypesService } from './services/types';

/** The plugin's services by name, so callers get their types without a cast. */
interface Services {
  backfill: BackfillService;
  bulk: BulkService;
  feed: FeedService;
  orders: OrdersService;
  reader: ReaderService;
  'reader-cache': ReaderCacheService;
  'reading-order': ReadingOrderService;
  'reading-order-check': ReadingOrderCheckService;
  related: RelatedService;
  revalidation: RevalidationService;
  series: SeriesService;
  'site-changes': SiteChangesService;
  types: TypesService;
}

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[Name];

/** The plugin's options, validated and merged with the defaults at startup. */
export const getConfig = (strapi: Core.Strapi): NewsroomConfig => strapi.config.get(`plugin::${PLUGIN_ID}`) as NewsroomConfig;
