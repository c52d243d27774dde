import type { Core } from '@strapi/strapi';

/** Local-only defaults, documented in the README's quick start; override them with the environment. */
export const adminCredentials = () => ({
  email: process.env.NEWSROOM_ADMIN_EMAIL || 'editor@newsroom.example.com',
  password: process.env.NEWSROOM_ADMIN_PASSWORD || 'Newsroom-playground-1',
});

/** Creates the super admin when the app has no admin yet; returns true when it did. */
export const ensureSuperAdmin = async (strapi: Core.Strapi) => {
  const users = strapi.service('admin::user');
  if (await users.exists()) return false;

  const { email, password } = adminCredentials();
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email,
    password,
    firstname: 'Newsroom',
    lastname: 'Editor',
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  return true;
};
