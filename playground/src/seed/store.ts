import type { Core } from '@strapi/strapi';

/** Where the playground remembers what it already did on an earlier start. */
export const playgroundStore = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'newsroom-playground' });
