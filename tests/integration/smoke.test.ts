import { startTestApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

it('boots', async () => {
  const res = await app.http().get('/api/newsroom/articles');
  console.log(res.status, res.body);
});
