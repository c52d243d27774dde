/** Strapi's error body: `{ data: null, error: { status, name, message, details } }`. */
export interface StrapiErrorBody {
  data: null;
  error: { status: number; name: string; message: string; details?: unknown };
}

/**
 * The API answered with an error status. `name`, `message` and `details` are Strapi's
 * (`NotFoundError`, `ValidationError`, `ForbiddenError`, ...); an answer that is not in
 * Strapi's error shape (a proxy's HTML 502, say) gets `name: 'HttpError'`.
 */
export class NewsroomApiError extends Error {
  readonly status: number;
  readonly details: unknown;
  /** The URL asked for, so a log line says which call failed. */
  readonly url: string;

  constructor(status: number, name: string, message: string, details: unknown, url: string) {
    super(message);
    this.name = name;
    this.status = status;
    this.details = details;
    this.url = url;
  }
}

/**
 * The API could not be reached or did not answer (DNS, refused connection, TLS, CORS
 * refusal in a browser). The error `fetch` threw is the `cause`. An aborted call is not
 * one of these: it rejects with the signal's own reason (an `AbortError`), as `fetch` does.
 */
export class NewsroomNetworkError extends Error {
  readonly url: string;
  readonly cause: unknown;

  constructor(url: string, cause: unknown) {
    super(`Could not reach the newsroom API at ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'NewsroomNetworkError';
    this.url = url;
    this.cause = cause;
  }
}

const isStrapiErrorBody = (body: unknown): body is StrapiErrorBody => {
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  return typeof error === 'object' && error !== null && typeof error.name === 'string' && typeof error.message === 'string';
};

/** The error a non-2xx answer stands for; `text` is its body as received. */
export const apiErrorFrom = (status: number, statusText: string, text: string, url: string): NewsroomApiError => {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (isStrapiErrorBody(body)) {
    const { name, message, details } = body.error;
    return new NewsroomApiError(status, name, message, details ?? {}, url);
  }
  return new NewsroomApiError(status, 'HttpError', `${status} ${statusText}`.trim(), {}, url);
};
