/**
 * Reads the articles through Strapi's own REST API, as a front end would: the
 * independent witness of what the panels did.
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
  (await send(baseUrl, '/admin/api-tokens', 'POST', { name: `e2e-${Date.now()}`, type: 'full-access', lifespan: null }, jwt))
    .data.accessKey;

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

export class RestClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string
  ) {}

  private async get(path: string, params: Record<string, string>, authorized: boolean) {
    const url = `${this.baseUrl}/api/newsroom/articles${path}?${new URLSearchParams(params)}`;
    return json(await fetch(url, { headers: authorized ? { authorization: `Bearer ${this.token}` } : {} }));
  }

  /** The documentId of the article with this title (drafts included). */
  async documentIdOf(title: string, locale = 'en'): Promise<string> {
    const { data } = await this.get(
      '',
      { locale, status: 'draft', 'filters[title][$eq]': title, 'fields[0]': 'title' },
      true
    );
    if (data.length !== 1) throw new Error(`expected one article titled "${title}", found ${data.length}`);
    return data[0].documentId;
  }

  /**
   * The titles an article links to. Drafts need the token; published versions are
   * read without one, as the public role may.
   */
  async links(documentId: string, status: 'draft' | 'published', locale = 'en'): Promise<Links> {
    const { data } = await this.get(
      `/${documentId}`,
      {
        locale,
        status,
        'fields[0]': 'title',
        'populate[previousArticle][fields][0]': 'title',
        'populate[nextArticle][fields][0]': 'title',
      },
      status === 'draft'
    );
    return { previous: data.previousArticle?.title ?? null, next: data.nextArticle?.title ?? null };
  }

  /** The draft's title and body, as stored. */
  async draft(documentId: string, locale = 'en'): Promise<{ title: string; body: unknown }> {
    const { data } = await this.get(`/${documentId}`, { locale, status: 'draft', 'fields[0]': 'title', 'fields[1]': 'body' }, true);
    return { title: data.title, body: data.body };
  }

  async summary(documentId: string, status: 'draft' | 'published', locale = 'en'): Promise<string | null> {
    const { data } = await this.get(`/${documentId}`, { locale, status, 'fields[0]': 'summary' }, status === 'draft');
    return data.summary;
  }
}
