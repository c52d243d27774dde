import { createChain } from './helpers/reading-order';
import { publish } from './helpers/articles';
import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const graphql = (query: string, variables: Record<string, unknown> = {}) => app.http().post('/graphql').send({ query, variables });

describe('GraphQL (with @strapi/plugin-graphql installed)', () => {
  it('answers newsroomRead(slug, locale) like the REST read route', async () => {
    const [a, b, c] = await createChain(app, 3);
    for (const id of [a, b, c]) await publish(app, id);
    const rest = (await app.http().get(`/api/newsroom/read/${b}`)).body.data;

    const response = await graphql(
      `
        query Read($slug: String!) {
          newsroomRead(slug: $slug, locale: "en") {
            documentId
            title
            slug
            summary
            summarySource
            readingTimeMinutes
            body
            previous {
              documentId
              title
              source
            }
            next {
              documentId
              source
            }
          }
        }
      `,
      { slug: rest.slug }
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.newsroomRead).toEqual({
      documentId: b,
      title: rest.title,
      slug: rest.slug,
      summary: rest.summary,
      summarySource: 'editor',
      readingTimeMinutes: rest.readingTimeMinutes,
      body: rest.body,
      previous: { documentId: a, title: rest.previous.title, source: 'linked' },
      next: { documentId: c, source: 'linked' },
    });
  });

  it('answers null for an unknown slug', async () => {
    const response = await graphql(`
      {
        newsroomRead(slug: "no-such-article") {
          documentId
        }
      }
    `);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.newsroomRead).toBeNull();
  });

  it('adds neighbors, summarySource and readingTimeMinutes to the article type', async () => {
    const [a, b] = await createChain(app, 2);
    for (const id of [a, b]) await publish(app, id);
    const response = await graphql(
      `
        query One($id: ID!) {
          newsroomArticle(documentId: $id) {
            documentId
            summarySource
            readingTimeMinutes
            neighbors {
              previous {
                documentId
              }
              next {
                documentId
                source
              }
            }
          }
        }
      `,
      { id: a }
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.newsroomArticle).toEqual({
      documentId: a,
      summarySource: 'editor',
      readingTimeMinutes: 1,
      neighbors: { previous: null, next: { documentId: b, source: 'linked' } },
    });
  });

  it('rejects a GraphQL link that would close a loop, with the same rule', async () => {
    const [a, b] = await createChain(app, 2);
    const token = await app.strapi.service('admin::api-token').create({ name: `gql-${Date.now()}`, type: 'full-access', lifespan: null });
    const response = await app
      .http()
      .post('/graphql')
      .set('Authorization', `Bearer ${token.accessKey}`)
      .send({
        query: `mutation Link($id: ID!, $data: NewsroomArticleInput!) { updateNewsroomArticle(documentId: $id, data: $data, status: DRAFT) { documentId } }`,
        variables: { id: b, data: { nextArticle: a } },
      });
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { error: { name: 'ValidationError', details: { rule: 'cycle' } } },
    });
  });
});
