import { validateKey } from '../validation/reader';

/**
 * The core routes' `:id` must be a documentId Strapi can look up: a NUL or other
 * control character in it makes PostgreSQL answer with an error (a 500), so it is
 * refused with a 400 first.
 */
export default (ctx: { params?: Record<string, unknown> }) => {
  validateKey(ctx.params?.id, 'id');
  return true;
};
