/**
 * What a site does after installing: an admin registers, writes two articles in the
 * Content Manager, links them in the Reading order panel's route, publishes them, and
 * gives the front end a read-only API token (README "What a front end needs"); then the
 * front end reads them through the reader API.
 */
/**
 * Strapi 5.24 and later keep the admin's session in a refresh cookie that is `Secure` in
 * production, and before 5.28 refuse to set it on a plain-http request ("Cannot send
 * secure cookie over unencrypted connection", a 500 on login). The app trusts proxy
 * headers (`server.proxy.koa`), and the smoke's admin requests, the browser's included,
 * say they came over HTTPS, as behind a site's TLS-terminating proxy.
 */
export const FORWARDED_HTTPS = { 'x-forwarded-proto': 'https' };

export const ADMIN = { email: 'smoke@newsroom.example.com', password: 'Smoke-password-1', firstname: 'Smoke', lastname: 'Test' };
const ARTICLE_UID = 'plugin::newsroom.article';
const LOCALE = 'en';

export interface Article {
  documentId: string;
  title: string;
  slug: string;
}

export interface SiteContent {
  first: Article;
  second: Article;
  /** A read-only API token for the front end. */
  token: string;
}

const call = async (baseUrl: string, method: string, path: string, { jwt, body }: { jwt?: string; body?: unknown } = {}) => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...FORWARDED_HTTPS,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(jwt ? { authorization: `Bearer ${jwt}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 1000)}`);
  return text ? JSON.parse(text) : null;
};

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const articleData = (title: string, slug: string) => ({
  title,
  slug,
  summary: '',
  body: [
    paragraph(`${title}. The city council voted on Tuesday to extend the tram line to the riverside district.`),
    paragraph('Construction starts next spring and the first trams are expected to run within two years.'),
  ],
});

export const createSiteContent = async (baseUrl: string): Promise<SiteContent> => {
  const jwt: string = (await call(baseUrl, 'POST', '/admin/register-admin', { body: ADMIN })).data.token;
  const cm = `/content-manager/collection-types/${ARTICLE_UID}`;
  const create = async (title: string, slug: string): Promise<Article> => {
    const { data } = await call(baseUrl, 'POST', `${cm}?locale=${LOCALE}`, { jwt, body: articleData(title, slug) });
    return { documentId: data.documentId, title, slug };
  };
  const first = await create('Smoke test: the tram line is approved', 'smoke-tram-approved');
  const second = await create('Smoke test: construction starts', 'smoke-construction-starts');
  // The route the Reading order panel's "Set next" sends.
  const linked = await call(baseUrl, 'PUT', `/newsroom/articles/${first.documentId}/links`, {
    jwt,
    body: { locale: LOCALE, next: second.documentId },
  });
  if (linked?.data?.next?.documentId !== second.documentId) {
    throw new Error(`linking answered without the next article: ${JSON.stringify(linked).slice(0, 500)}`);
  }
  for (const article of [first, second]) {
    await call(baseUrl, 'POST', `${cm}/${article.documentId}/actions/publish?locale=${LOCALE}`, { jwt, body: {} });
  }
  const token: string = (
    await call(baseUrl, 'POST', '/admin/api-tokens', {
      jwt,
      body: { name: 'smoke front end', description: '', type: 'read-only', lifespan: null },
    })
  ).data.accessKey;
  return { first, second, token };
};

const expectNeighbor = (what: string, actual: { slug?: string } | null | undefined, expected: Article | null) => {
  const got = actual?.slug ?? null;
  if (got !== (expected?.slug ?? null))
    throw new Error(`${what}: expected ${expected ? `"${expected.slug}"` : 'null'}, got ${JSON.stringify(actual)}`);
};

/** The reader API over plain HTTP, with the read-only token: each article's neighbors, and a 404 in Strapi's error shape. */
export const checkReaderApi = async (baseUrl: string, { first, second, token }: SiteContent) => {
  const get = async (path: string) => {
    const response = await fetch(`${baseUrl}/api/newsroom${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
  const read = async (article: Article) => {
    const { status, body } = await get(`/read/${article.slug}?locale=${LOCALE}`);
    if (status !== 200) throw new Error(`GET /api/newsroom/read/${article.slug} answered ${status}: ${JSON.stringify(body).slice(0, 500)}`);
    if (body.data.title !== article.title) throw new Error(`read ${article.slug}: title ${JSON.stringify(body.data.title)}`);
    return body.data;
  };
  const a = await read(first);
  expectNeighbor(`read ${first.slug}: previous`, a.previous, null);
  expectNeighbor(`read ${first.slug}: next`, a.next, second);
  const b = await read(second);
  expectNeighbor(`read ${second.slug}: previous`, b.previous, first);
  expectNeighbor(`read ${second.slug}: next`, b.next, null);
  if (!(b.readingTimeMinutes >= 1)) throw new Error(`read ${second.slug}: readingTimeMinutes ${b.readingTimeMinutes}`);

  const neighbors = await get(`/articles/${second.documentId}/neighbors?locale=${LOCALE}`);
  if (neighbors.status !== 200) throw new Error(`neighbors answered ${neighbors.status}: ${JSON.stringify(neighbors.body).slice(0, 500)}`);
  expectNeighbor('neighbors by documentId: previous', neighbors.body.data.previous, first);

  // The plugin's own error classes must be the app's (one @strapi/utils), or Strapi answers 500.
  const missing = await get(`/read/no-such-article?locale=${LOCALE}`);
  if (missing.status !== 404 || missing.body?.error?.name !== 'NotFoundError') {
    throw new Error(`an unknown slug answered ${missing.status} ${JSON.stringify(missing.body).slice(0, 500)}, expected 404 NotFoundError`);
  }
  const badLocale = await get(`/read/${first.slug}?locale[$ne]=x`);
  if (badLocale.status !== 400 || badLocale.body?.error?.name !== 'ValidationError') {
    throw new Error(
      `locale[$ne] answered ${badLocale.status} ${JSON.stringify(badLocale.body).slice(0, 500)}, expected 400 ValidationError`
    );
  }
};
