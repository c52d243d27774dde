import { MAX_LISTED_ERRORS, requiredActions, withBoundedDetails, withRequiredAction } from '../error-answers';

const bare = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } };
const readerRoute = {
  info: { pluginName: 'newsroom', type: 'content-api' },
  config: { auth: { scope: ['plugin::newsroom.reader.read'] } },
};
const adminRoute = {
  info: { pluginName: 'newsroom', type: 'admin' },
  config: {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: ['plugin::newsroom.reading-order.update'] } },
    ],
  },
};

describe('bare 403s of the plugin routes name the missing action', () => {
  it("reads the action from the admin route's hasPermissions policy, else from the route's auth scope", () => {
    expect(requiredActions(adminRoute)).toEqual(['plugin::newsroom.reading-order.update']);
    expect(requiredActions(readerRoute)).toEqual(['plugin::newsroom.reader.read']);
    expect(requiredActions({ config: { auth: false } })).toEqual([]);
  });

  it("fills a bare 403 in Strapi's error shape", () => {
    expect(withRequiredAction(bare, readerRoute)).toEqual({
      data: null,
      error: {
        status: 403,
        name: 'ForbiddenError',
        message: 'This route needs the "plugin::newsroom.reader.read" permission',
        details: { action: 'plugin::newsroom.reader.read', reason: 'permission' },
      },
    });
    const policyFailed = { data: null, error: { status: 403, name: 'PolicyError', message: 'Policy Failed', details: {} } };
    expect(withRequiredAction(policyFailed, adminRoute)).toMatchObject({
      error: { name: 'ForbiddenError', details: { action: 'plugin::newsroom.reading-order.update' } },
    });
  });

  it('leaves alone a refusal that already says why, other statuses and routes that name no action', () => {
    const detailed = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'You may not', details: { action: 'x' } } };
    expect(withRequiredAction(detailed, readerRoute)).toBe(detailed);
    const notFound = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
    expect(withRequiredAction(notFound, readerRoute)).toBe(notFound);
    expect(withRequiredAction(bare, { config: {} })).toBe(bare);
    expect(withRequiredAction('text', readerRoute)).toBe('text');
  });
});

describe('4xx details stay small', () => {
  it("drops the refused values Strapi's validation errors echo and lists at most MAX_LISTED_ERRORS", () => {
    const errors = Array.from({ length: 1000 }, (_, index) => ({
      path: ['order', String(index)],
      message: 'bad',
      name: 'ValidationError',
      value: 'x'.repeat(100),
    }));
    const bounded = withBoundedDetails({
      data: null,
      error: { status: 400, name: 'ValidationError', message: '1000 errors occurred', details: { errors } },
    }) as any;
    expect(bounded.error.details.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(bounded.error.details.errors[0]).toEqual({ path: ['order', '0'], message: 'bad', name: 'ValidationError' });
    expect(bounded.error.details.moreErrors).toBe(1000 - MAX_LISTED_ERRORS);
    expect(JSON.stringify(bounded).length).toBeLessThan(5_000);
  });

  it('leaves other answers as they are', () => {
    const plain = { data: null, error: { status: 400, name: 'ValidationError', message: 'x', details: { field: 'scope' } } };
    expect(withBoundedDetails(plain)).toBe(plain);
  });
});
