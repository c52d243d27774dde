/**
 * What the reader summary route answers for one published article, in a format and a
 * length (lengths.ts): the editor's words first, else the automatic ones. No Strapi
 * import; the reader service reads the row and hands it over.
 */
import { editorKeyPoints } from './editor-key-points';
import { keyPoints, summarize, SummaryInputError } from './index';
import { KEY_POINT_COUNTS, PARAGRAPH_SENTENCES, paragraphMaxLength, type SummaryFormat, type SummaryLength } from './lengths';

export type SummarySource = 'editor' | 'auto' | 'none';

export interface StoredArticle {
  /** The editor's summary field. */
  summary: string | null;
  /** The automatic summary stored at write time: the `medium` paragraph. */
  autoSummary: string | null;
  /** The type's mapped key-points field as stored (text, or a JSON list); undefined when the type maps none. */
  keyPoints?: unknown;
  title: string;
  /** The longest summary the type accepts (its summary field's limit, else `summary.maxLength`). */
  summaryMaxLength: number;
}

export interface ReaderSummary {
  summary: string | null;
  keyPoints: string[] | null;
  summarySource: SummarySource;
}

export interface SummaryRequest {
  format: SummaryFormat;
  length: SummaryLength;
  /** `summary.auto`: whether readers get automatic summaries and key points. */
  auto: boolean;
}

/**
 * The body as every summary reader takes it (composeBody) and the locale whose language
 * it is read in, fetched only when an automatic summary must be made.
 */
export type BodyReader = () => Promise<{ body: unknown; locale: string }>;

/** Runs an automatic summary over the body; a body stored in a shape the engine cannot read gives nothing, as the stored summary does. */
const fromBody = async <T>(body: BodyReader, work: (body: unknown, locale: string) => T, nothing: T): Promise<T> => {
  const read = await body();
  try {
    return work(read.body, read.locale);
  } catch (error) {
    if (error instanceof SummaryInputError) return nothing;
    throw error;
  }
};

const paragraph = async (article: StoredArticle, body: BodyReader, { length, auto }: SummaryRequest): Promise<ReaderSummary> => {
  const none: ReaderSummary = { summary: null, keyPoints: null, summarySource: 'none' };
  if (article.summary?.trim()) return { summary: article.summary, keyPoints: null, summarySource: 'editor' };
  if (!auto) return none;
  // `medium` is what the plugin stored when the body was written, so the common read runs no summarizer.
  const text =
    length === 'medium'
      ? (article.autoSummary ?? '')
      : await fromBody(
          body,
          (read, locale) =>
            summarize(read, {
              locale,
              title: article.title,
              maxSentences: PARAGRAPH_SENTENCES[length],
              maxLength: paragraphMaxLength(length, article.summaryMaxLength),
            }).summary,
          ''
        );
  return text.trim() ? { summary: text, keyPoints: null, summarySource: 'auto' } : none;
};

const points = async (article: StoredArticle, body: BodyReader, { length, auto }: SummaryRequest): Promise<ReaderSummary> => {
  const written = editorKeyPoints(article.keyPoints);
  if (written.length > 0) return { summary: null, keyPoints: written, summarySource: 'editor' };
  if (!auto) return { summary: null, keyPoints: [], summarySource: 'none' };
  const picked = await fromBody(
    body,
    (read, locale) => keyPoints(read, { locale, title: article.title, count: KEY_POINT_COUNTS[length] }),
    []
  );
  return { summary: null, keyPoints: picked, summarySource: picked.length > 0 ? 'auto' : 'none' };
};

/**
 * The answer for `request`. `body` gives the article body as every summary reader
 * takes it (composeBody); it is called only when an automatic summary must be made.
 */
export const readerSummary = (article: StoredArticle, body: BodyReader, request: SummaryRequest): Promise<ReaderSummary> =>
  request.format === 'keypoints' ? points(article, body, request) : paragraph(article, body, request);
