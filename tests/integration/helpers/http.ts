interface Answer {
  status: number;
  body: any;
}

/** The status with the error, so that a failing expectation shows what the server answered. */
export const answer = (response: Answer) => ({ status: response.status, error: response.body?.error });

/** A 4xx (never a 500) in Strapi's error shape: `{ data: null, error: { status, name, message } }`. */
export const expectClientError = (response: Answer, label = '') => {
  if (response.status < 400 || response.status >= 500) {
    throw new Error(`${label}: expected a 4xx, got ${response.status} ${JSON.stringify(response.body)}`);
  }
  expect(response.body).toMatchObject({ data: null, error: { status: response.status, name: expect.any(String) } });
};

/** A 403 ForbiddenError in Strapi's error shape. */
export const expectForbidden = (response: Answer) => {
  expect(answer(response)).toMatchObject({ status: 403, error: { status: 403, name: 'ForbiddenError' } });
  expect(response.body.data).toBeNull();
};
