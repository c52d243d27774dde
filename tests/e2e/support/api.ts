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

/** A full-access API token, created with the admin's JWT, to read drafts over REST. */
export const createApiToken = async (baseUrl: string): Promise<string> => {
  const login = await json(
    await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
  );
  const token = await json(
    await fetch(`${baseUrl}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.data.token}` },
      body: JSON.stringify({ name: `e2e-${Date.now()}`, type: 'full-access', lifespan: null }),
    })
  );
  return token.data.accessKey;
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

  async summary(documentId: string, status: 'draft' | 'published', locale = 'en'): Promise<string | null> {
    const { data } = await this.get(`/${documentId}`, { locale, status, 'fields[0]': 'summary' }, status === 'draft');
    return data.summary;
  }
}
