/**
 * Reads the articles (and the playground's posts) through Strapi's own REST API, as
 * a front end would: the independent witness of what the panels did.
 */

export const ADMIN = { email: 'editor@newsroom.example.com', password: 'Newsroom-playground-1' };

export interface Links {
  previous: string | null;
  next: string | null;
}

// Strapi answers `{ data, meta }` or `{ data: null, error }`; the tests read what they need.
const json = async (response: Response): Promise<{ data: any }> => {
  const body = (await response.json()) as { data: any };
  if (!response.ok) throw new Error(`${response.status} ${JSON.stringify(body)}`);
  return body;
};

const send = (baseUrl: string, path: string, method: string, body: unknown, jwt?: string) =>
  fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(jwt ? { authorization: `Bearer ${jwt}` } : {}) },
    body: JSON.stringify(body),
  }).then(json);

/** An admin JWT, for the admin API. */
export const adminLogin = async (baseUrl: string, credentials = ADMIN): Promise<string> =>
  (await send(baseUrl, '/admin/login', 'POST', credentials)).data.token;

/** A full-access API token, to read drafts over REST. */
export const createApiToken = async (baseUrl: string, jwt: string): Promise<string> =>
  (await send(baseUrl, '/admin/api-tokens', 'POST', { name: `e2e-${Date.now()}`, type: 'full-access', lifespan: null }, jwt)).data
    .accessKey;

/** A draft series of `articleType`, made through the Content Manager as the Reading order page makes one. */
export const createDraftSeries = async (
  baseUrl: string,
  jwt: string,
  { title, slug, articleType, locale }: { title: string; slug: string; articleType: string; locale: string }
): Promise<string> =>
  (
    await send(
      baseUrl,
      `/content-manager/collection-types/plugin::newsroom.series?locale=${locale}`,
      'POST',
      { title, slug, articleType, description: '' },
      jwt
    )
  ).data.documentId;

/** Deletes a series through the Content Manager. */
export const deleteSeries = async (baseUrl: string, jwt: string, documentId: string, locale: string): Promise<void> => {
  const response = await fetch(`${baseUrl}/content-manager/collection-types/plugin::newsroom.series/${documentId}?locale=${locale}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${jwt}` },
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
};

const ARTICLE_FIELDS = ['title', 'slug', 'summary', 'body', 'cover', 'previousArticle', 'nextArticle'];

/**
 * An admin who may edit articles in the Content Manager and see the reading
 * order, but not change it (no `plugin::newsroom.reading-order.update`).
 */
export const createProofreader = async (baseUrl: string, jwt: string) => {
  const credentials = { email: 'proofreader@newsroom.example.com', password: 'Proofreader-password-1' };
  const role = await send(baseUrl, '/admin/roles', 'POST', { name: 'Proofreader', description: 'e2e' }, jwt);
  const onArticles = (action: string) => ({
    action: `plugin::content-manager.explorer.${action}`,
    subject: 'plugin::newsroom.article',
    properties: { fields: ARTICLE_FIELDS, locales: ['en', 'fr'] },
    conditions: [],
  });
  await send(
    baseUrl,
    `/admin/roles/${role.data.id}/permissions`,
    'PUT',
    {
      permissions: [
        onArticles('read'),
        onArticles('update'),
        { action: 'plugin::newsroom.reading-order.read', subject: null, properties: {}, conditions: [] },
      ],
    },
    jwt
  );
  const user = await send(
    baseUrl,
    '/admin/users',
    'POST',
    { firstname: 'Proof', lastname: 'Reader', email: credentials.email, roles: [role.data.id] },
    jwt
  );
  await send(baseUrl, '/admin/register', 'POST', {
    registrationToken: user.data.registrationToken,
    userInfo: { firstname: 'Proof', lastname: 'Reader', password: credentials.password },
  });
  return credentials;
};

/** A collection the plugin serves, as its REST API names it. */
export interface Collection {
  /** The REST route of the collection. */
  path: string;
  /** The attributes that hold the title, the summary, the body and the two links. */
  fields: { title: string; summary: string; body: string; previous: string; next: string };
  /** Whether requests name a locale (the type is localized with i18n). */
  localized: boolean;
}

/** The plugin's built-in article. */
export const ARTICLES: Collection = {
  path: '/api/newsroom/articles',
  fields: { title: 'title', summary: 'summary', body: 'body', previous: 'previousArticle', next: 'nextArticle' },
  localized: true,
};

/** The playground's own blog post type, configured through the `contentTypes` option. */
export const POSTS: Collection = {
  path: '/api/posts',
  fields: { title: 'headline', summary: 'description', body: 'content', previous: 'previousPost', next: 'nextPost' },
  localized: false,
};

export class RestClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly collection: Collection = ARTICLES
  ) {}

  private url(path: string, params: Record<string, string>, locale: string) {
    const query = new URLSearchParams(this.collection.localized ? { locale, ...params } : params);
    return `${this.baseUrl}${this.collection.path}${path}?${query}`;
  }

  private async get(path: string, params: Record<string, string>, authorized: boolean, locale: string) {
    const headers = authorized ? { authorization: `Bearer ${this.token}` } : {};
    return json(await fetch(this.url(path, params, locale), { headers }));
  }

  /** Creates a draft; answers its documentId. */
  async create(data: Record<string, unknown>, locale = 'en'): Promise<string> {
    const response = await fetch(this.url('', { status: 'draft' }, locale), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ data }),
    });
    return (await json(response)).data.documentId;
  }

  /** The documentId of the article with this title (drafts included). */
  async documentIdOf(title: string, locale = 'en'): Promise<string> {
    const { title: field } = this.collection.fields;
    const { data } = await this.get('', { status: 'draft', [`filters[${field}][$eq]`]: title, 'fields[0]': field }, true, locale);
    if (data.length !== 1) throw new Error(`expected one article titled "${title}", found ${data.length}`);
    return data[0].documentId;
  }

  /** The documentIds of several articles, under the keys their titles are given with. */
  async documentIdsOf<K extends string>(titles: Record<K, string>, locale = 'en'): Promise<Record<K, string>> {
    const ids = {} as Record<K, string>;
    for (const key of Object.keys(titles) as K[]) ids[key] = await this.documentIdOf(titles[key], locale);
    return ids;
  }

  /**
   * The titles an article links to. Drafts need the token; published versions are
   * read without one, as the public role may.
   */
  async links(documentId: string, status: 'draft' | 'published', locale = 'en'): Promise<Links> {
    const { title, previous, next } = this.collection.fields;
    const { data } = await this.get(
      `/${documentId}`,
      {
        status,
        'fields[0]': title,
        [`populate[${previous}][fields][0]`]: title,
        [`populate[${next}][fields][0]`]: title,
      },
      status === 'draft',
      locale
    );
    return { previous: data[previous]?.[title] ?? null, next: data[next]?.[title] ?? null };
  }

  /** The draft's title and body, as stored. */
  async draft(documentId: string, locale = 'en'): Promise<{ title: string; body: unknown }> {
    const { title, body } = this.collection.fields;
    const { data } = await this.get(`/${documentId}`, { status: 'draft', 'fields[0]': title, 'fields[1]': body }, true, locale);
    return { title: data[title], body: data[body] };
  }

  async summary(documentId: string, status: 'draft' | 'published', locale = 'en'): Promise<string | null> {
    const { summary } = this.collection.fields;
    const { data } = await this.get(`/${documentId}`, { status, 'fields[0]': summary }, status === 'draft', locale);
    return data[summary];
  }
}
