import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { RevalidateEvent } from '../../../contracts/revalidation';
import type { TestApp } from './strapi';

/** A front end's webhook for `newsroom.revalidate`: a local HTTP server, registered with the admin API (kept in the database). */
export interface WebhookReceiver {
  /** Every event body received so far, in order (clear it with `received.length = 0`). */
  received: RevalidateEvent[];
  close(): Promise<void>;
}

export const startWebhookReceiver = async (app: Pick<TestApp, 'http'>, adminToken: string): Promise<WebhookReceiver> => {
  const received: RevalidateEvent[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const created = await app
    .http()
    .post('/admin/webhooks')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ name: 'front end', url: `http://127.0.0.1:${port}/revalidate`, headers: {}, events: ['newsroom.revalidate'] });
  if (created.status !== 201) throw new Error(`creating the webhook answered ${created.status}: ${JSON.stringify(created.body)}`);
  return { received, close: () => new Promise((resolve) => server.close(() => resolve())) };
};
