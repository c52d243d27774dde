import { requiredActions, withRequiredAction } from '../forbidden-details';

const bare = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } };
const readerRoute = { info: { pluginName: 'newsroom', type: 'content-api' }, config: { auth: { scope: ['plugin::newsroom.reader.read'] } } };
const adminRoute = {
  info: { pluginName: 'newsroom', type: 'admin' },
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: ['plugin::newsroom.reading-order.update'] } }],
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
