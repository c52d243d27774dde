export { createNewsroomClient, MAX_URL_LENGTH } from './client';
export type {
  NeighborsOptions,
  NewsroomClient,
  NewsroomClientOptions,
  ReadingOrderOptions,
  RelatedOptions,
  RequestOptions,
  SeriesOptions,
  SeriesRequestOptions,
} from './client';
export type { RelatedArticle, RelatedResponse } from '../../contracts/related';
export { NewsroomApiError, NewsroomNetworkError } from './errors';
export type { StrapiErrorBody } from './errors';
export type {
  ContinueResponse,
  Cover,
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
} from '../../contracts/reader';
