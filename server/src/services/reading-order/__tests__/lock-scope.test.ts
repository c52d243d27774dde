import {
  advisoryKeyOf,
  covers,
  localesScope,
  locksFor,
  localeLockName,
  SITE_ADVISORY_KEY,
  SITE_LOCK,
  siteScope,
  typeLockName,
  typeScope,
} from '../lock-scope';

const ARTICLE = 'plugin::newsroom.article';
const POST = 'api::post.post';

/** Whether two changes holding these scopes at once would wait on each other (an exclusive lock meets any hold of its name). */
const conflict = (a: ReturnType<typeof siteScope>, b: ReturnType<typeof siteScope>) => {
  const held = new Map(locksFor(a).map((lock) => [lock.name, lock.shared]));
  return locksFor(b).some((lock) => held.has(lock.name) && !(lock.shared && held.get(lock.name)));
};

describe('reading-order lock scopes', () => {
  it('lets changes of other locales or other types run side by side', () => {
    expect(conflict(localesScope(ARTICLE, ['en']), localesScope(ARTICLE, ['fr']))).toBe(false);
    expect(conflict(localesScope(ARTICLE, ['en']), localesScope(POST, ['en']))).toBe(false);
    expect(conflict(localesScope(POST, [null]), localesScope(ARTICLE, [null]))).toBe(false);
    expect(conflict(typeScope(ARTICLE), localesScope(POST, ['en']))).toBe(false);
  });

  it('makes changes that may meet wait: the same locale, a whole type and its locales, the site and anything', () => {
    expect(conflict(localesScope(ARTICLE, ['en']), localesScope(ARTICLE, ['fr', 'en']))).toBe(true);
    expect(conflict(typeScope(ARTICLE), localesScope(ARTICLE, ['fr']))).toBe(true);
    expect(conflict(typeScope(ARTICLE), typeScope(ARTICLE))).toBe(true);
    for (const other of [siteScope(), typeScope(POST), localesScope(ARTICLE, [null])]) {
      expect(conflict(siteScope(), other)).toBe(true);
      expect(conflict(other, siteScope())).toBe(true);
    }
  });

  it('takes locks in one order (site, type, locales sorted), so two changes never wait on each other crosswise', () => {
    const ab = locksFor(localesScope(ARTICLE, ['fr', 'en', 'fr']));
    const ba = locksFor(localesScope(ARTICLE, ['en', 'fr']));
    expect(ab).toEqual(ba);
    expect(ab.map((lock) => lock.name)).toEqual([
      SITE_LOCK,
      typeLockName(ARTICLE),
      ...[localeLockName(ARTICLE, 'en'), localeLockName(ARTICLE, 'fr')].sort(),
    ]);
    expect(ab.map((lock) => lock.shared)).toEqual([true, true, false, false]);
  });

  it('keeps every name within the lock table key (64 characters), however long the uid', () => {
    const long = `api::${'x'.repeat(200)}.${'y'.repeat(200)}`;
    for (const lock of locksFor(localesScope(long, ['zh-Hant-TW']))) expect(lock.name.length).toBeLessThanOrEqual(64);
  });

  it('keeps the site key of earlier versions, so an instance not yet upgraded still excludes the new ones', () => {
    expect(advisoryKeyOf(SITE_LOCK)).toBe(SITE_ADVISORY_KEY);
    const key = BigInt(advisoryKeyOf(localeLockName(ARTICLE, 'en')));
    expect(key >= -BigInt('9223372036854775808') && key <= BigInt('9223372036854775807')).toBe(true);
    expect(advisoryKeyOf(localeLockName(ARTICLE, 'en'))).not.toBe(advisoryKeyOf(localeLockName(ARTICLE, 'fr')));
  });

  it('lets a change started inside another join it only where the outer one already holds what it needs', () => {
    expect(covers(siteScope(), localesScope(POST, [null]))).toBe(true);
    expect(covers(typeScope(ARTICLE), localesScope(ARTICLE, ['en']))).toBe(true);
    expect(covers(localesScope(ARTICLE, ['en', 'fr']), localesScope(ARTICLE, ['fr']))).toBe(true);
    expect(covers(localesScope(ARTICLE, ['en']), localesScope(ARTICLE, ['fr']))).toBe(false);
    expect(covers(localesScope(ARTICLE, ['en']), typeScope(ARTICLE))).toBe(false);
    expect(covers(typeScope(ARTICLE), localesScope(POST, [null]))).toBe(false);
    expect(covers(typeScope(ARTICLE), siteScope())).toBe(false);
  });
});
