import { createHash } from 'node:crypto';

/**
 * What a reading-order change may touch, so that changes that cannot meet never
 * wait on each other. Links join articles of one type and one locale, and a series
 * holds articles of one type in one locale, so a change is confined to:
 * - `locales`: some locales of one type (a link change, a publication, a reorder,
 *   a bulk job, a repair, a series list);
 * - `type`: every locale of one type (a document action with `locale: '*'`);
 * - `site`: anything (start-up, a deleted locale, a cloned series).
 *
 * The locks nest: a `locales` change takes the site and its type shared and its
 * locales exclusively; a `type` change the site shared and its type exclusively;
 * a `site` change the site exclusively. Always in that order (site, type, locales
 * sorted), so two changes never wait on each other in opposite orders.
 */
export type LockScope =
  { kind: 'site' } | { kind: 'type'; type: string } | { kind: 'locales'; type: string; locales: Array<string | null> };

export const siteScope = (): LockScope => ({ kind: 'site' });
export const typeScope = (type: string): LockScope => ({ kind: 'type', type });
export const localesScope = (type: string, locales: Array<string | null>): LockScope => ({ kind: 'locales', type, locales });

/** One lock to take: its name and whether others may hold it alongside. */
export interface LockRequest {
  name: string;
  shared: boolean;
}

/**
 * The site lock's name. It is the one lock of earlier versions, which took it
 * exclusively for every change: an instance still running one keeps excluding
 * the new ones (they take it shared) during a rolling upgrade.
 */
export const SITE_LOCK = 'reading-order';

/** A name for the lock table's 64-character key (a type's uid and a locale can be longer). */
const hashed = (prefix: string, parts: Array<string | null>) =>
  `${prefix}:${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40)}`;

export const typeLockName = (type: string) => hashed('type', [type]);
export const localeLockName = (type: string, locale: string | null) => hashed('locale', [type, locale]);

/** The locks a change of this scope takes, in the order it takes them. */
export const locksFor = (scope: LockScope): LockRequest[] => {
  if (scope.kind === 'site') return [{ name: SITE_LOCK, shared: false }];
  if (scope.kind === 'type')
    return [
      { name: SITE_LOCK, shared: true },
      { name: typeLockName(scope.type), shared: false },
    ];
  const locales = [...new Set(scope.locales)].map((locale) => localeLockName(scope.type, locale)).sort();
  return [
    { name: SITE_LOCK, shared: true },
    { name: typeLockName(scope.type), shared: true },
    ...locales.map((name) => ({ name, shared: false })),
  ];
};

/**
 * Whether a change holding `held` may run `wanted` without another lock: a change
 * started inside another (a lifecycle hook's document call) joins it.
 */
export const covers = (held: LockScope, wanted: LockScope): boolean => {
  if (held.kind === 'site') return true;
  if (wanted.kind === 'site' || held.type !== wanted.type) return false;
  if (held.kind === 'type') return true;
  return wanted.kind === 'locales' && wanted.locales.every((locale) => held.locales.includes(locale));
};

/** `'newsroom'` in ASCII: the PostgreSQL advisory lock key of the site lock (the one lock of earlier versions). */
export const SITE_ADVISORY_KEY = '7954894083592859501';

/** PostgreSQL's advisory locks take a bigint: the site's key, else the first 8 bytes of the name's SHA-256, signed. */
export const advisoryKeyOf = (name: string): string => {
  if (name === SITE_LOCK) return SITE_ADVISORY_KEY;
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
};
