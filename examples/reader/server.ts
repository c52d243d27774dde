/**
 * `npm run example:reader`: a reference article page that uses
 * strapi-plugin-newsroom/client against a running Strapi (the playground by default).
 * One read per page (`read` brings title, body, summary, reading time and both
 * neighbors), revalidated with the ETag the client remembers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A site imports these from 'strapi-plugin-newsroom/client'.
import { createNewsroomClient, NewsroomApiError } from '../../client/src';
import { articlePath, renderArticle, renderHome, renderNotFound, renderUnavailable } from './page';

const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '127.0.0.1';

const newsroom = createNewsroomClient({
  baseUrl: process.env.NEWSROOM_API_URL ?? 'http://127.0.0.1:1337/api',
  token: process.env.NEWSROOM_TOKEN || undefined,
  type: process.env.NEWSROOM_TYPE || undefined,
  locale: process.env.NEWSROOM_LOCALE || undefined,
});

const send = (response: http.ServerResponse, status: number, html: string) => {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(html);
};

/** The page of one article: 404 for an unknown one, 503 when the API is down or failing. */
const articlePage = async (key: string, response: http.ServerResponse) => {
  try {
    const { data } = await newsroom.read(key, { revalidate: true, signal: AbortSignal.timeout(10_000) });
    send(response, 200, renderArticle(data));
  } catch (error) {
    if (error instanceof NewsroomApiError && (error.status === 404 || error.status === 400)) {
      send(response, 404, renderNotFound(key));
      return;
    }
    console.error(`reader: ${key}: ${error instanceof Error ? error.message : String(error)}`);
    send(response, 503, renderUnavailable());
  }
};

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const match = /^\/articles\/([^/]+)$/.exec(url.pathname);
  if (match) {
    void articlePage(decodeURIComponent(match[1]), response);
  } else if (url.pathname === '/articles' && url.searchParams.get('slug')) {
    response.writeHead(303, { Location: articlePath(url.searchParams.get('slug')!) });
    response.end();
  } else if (url.pathname === '/') {
    send(response, 200, renderHome());
  } else {
    send(response, 404, renderNotFound(url.pathname));
  }
});

server.listen(PORT, HOST, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`Newsroom reader on http://${HOST}:${port}/ (API ${process.env.NEWSROOM_API_URL ?? 'http://127.0.0.1:1337/api'})`);
});
