import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { ARTICLE_UID, SERVER_OWNED_FIELDS } from '../constants';

type DocumentContext = { uid: string; action: string; params: Record<string, any> };

const WRITES = new Set(['create', 'update', 'clone']);

const withoutServerOwnedFields = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !(SERVER_OWNED_FIELDS as readonly string[]).includes(key)));

/**
 * Strapi lets drafts skip `required`, and GraphQL declares the title non-null: a
 * draft without a title would make every GraphQL list of drafts fail. So an
 * article always has a title, draft or not.
 */
const checkTitle = (action: string, data: Record<string, unknown>) => {
  const mustHaveTitle = action === 'create' || 'title' in data;
  const { title } = data;
  if (mustHaveTitle && (typeof title !== 'string' || title.trim() === '')) {
    throw new errors.ValidationError('title must be a non-empty string', { path: ['title'] });
  }
};

/** Strapi stores a blocks value of the wrong shape as null and answers 200; refuse it instead. */
const checkBodyShape = (body: unknown) => {
  const isBlocks = Array.isArray(body) && body.every((block) => typeof block === 'object' && block !== null && !Array.isArray(block));
  if (body !== null && !isBlocks) {
    throw new errors.ValidationError('body must be an array of blocks or null', { path: ['body'] });
  }
};

/**
 * Checks what a client writes to an article before any other plugin work (and
 * before the reading-order lock): server-owned fields are dropped, the title and
 * the body must have the right shape (the summary middleware then bounds its size).
 */
export const articleInputMiddleware =
  (_strapi: Core.Strapi) =>
  async (context: DocumentContext, next: () => Promise<unknown>): Promise<unknown> => {
    const data = context.params.data as Record<string, unknown> | undefined;
    if (context.uid !== ARTICLE_UID || !WRITES.has(context.action) || !data || typeof data !== 'object') return next();

    checkTitle(context.action, data);
    if ('body' in data) checkBodyShape(data.body);
    context.params = { ...context.params, data: withoutServerOwnedFields(data) };
    return next();
  };
