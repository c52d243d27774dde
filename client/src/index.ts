export { createNewsroomClient, MAX_URL_LENGTH } from './client';
export type {
  FeedDocumentText,
  FeedOptions,
  NeighborsOptions,
  NewsroomClient,
  NewsroomClientOptions,
  ReadingOrderOptions,
  RelatedOptions,
  RequestOptions,
  SeriesOptions,
  SeriesRequestOptions,
  SummaryOptions,
} from './client';
export type { RelatedArticle, RelatedResponse } from '../../contracts/related';
export { NewsroomApiError, NewsroomNetworkError } from './errors';
export type { StrapiErrorBody } from './errors';
export type {
  ContinueResponse,
  Cover,
  FeedFormat,
  JsonFeed,
  NeighborSource,
  NeighborsResponse,
  ReadResponse,
  ReaderOrderItem,
  ReaderOrderResponse,
  SeriesArticle,
  SeriesPagination,
  SeriesPlacement,
  SeriesResponse,
  SummaryResponse,
  SummarySource,
  Teaser,
  TocEntry,
} from '../../contracts/reader';
export type { SummaryFormat, SummaryLength } from '../../contracts/summary';
