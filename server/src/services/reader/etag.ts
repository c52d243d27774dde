import { createHash } from 'node:crypto';

const stamp = (value: unknown) => (value instanceof Date ? value.getTime() : (value ?? ''));

/**
 * A strong ETag from what a response depends on: published rows are replaced on
 * every publication, so their ids and update times change whenever their content does.
 */
export const etagOf = (parts: unknown[]): string =>
  `"${createHash('sha1').update(parts.map(stamp).join('|')).digest('base64url').slice(0, 27)}"`;

/** Whether an `If-None-Match` header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === strip(etag));
};
