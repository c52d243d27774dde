export { createNewsroomClient } from './client';
export type { NeighborsOptions, NewsroomClient, NewsroomClientOptions, ReadingOrderOptions, RequestOptions } from './client';
export { NewsroomApiError, NewsroomNetworkError } from './errors';
export type { StrapiErrorBody } from './errors';
export type {
  Cover,
  NeighborSource,
  NeighborsResponse,
  ReadResponse,
  ReaderOrderItem,
  ReaderOrderResponse,
  SummaryResponse,
  SummarySource,
  Teaser,
} from '../../contracts/reader';
