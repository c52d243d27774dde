import { localeScope } from '../scope';

/** Filters as Strapi's permission checker writes them: one `$and` branch a permission. */
const permissions = (...branches: unknown[][]) => ({ $or: branches.map((conditions) => ({ $and: conditions })) });
const locales = (...codes: string[]) => ({ locale: { $in: codes } });
const creator = (id: number) => ({ $or: [{ createdBy: { id } }] });

describe('localeScope', () => {
  it('reaches every article without a filter (a super admin without locale properties)', () => {
    expect(localeScope(undefined, 'en')).toBe('all');
    expect(localeScope({}, 'en')).toBe('all');
  });

  it('reaches every article of a locale its locale condition names, and none of another', () => {
    const frenchOnly = permissions([locales('fr')]);
    expect(localeScope(frenchOnly, 'fr')).toBe('all');
    expect(localeScope(frenchOnly, 'en')).toBe('none');
  });

  it('leaves an "is creator" condition to the database, in the locales it names only', () => {
    expect(localeScope(permissions([creator(3), locales('en', 'fr')]), 'en')).toBe('some');
    expect(localeScope(permissions([creator(4), locales('fr')]), 'en')).toBe('none');
  });

  it('takes the widest of several permissions', () => {
    const mixed = permissions([creator(5), locales('en')], [locales('fr')]);
    expect(localeScope(mixed, 'fr')).toBe('all');
    expect(localeScope(mixed, 'en')).toBe('some');
    expect(localeScope(mixed, 'de')).toBe('none');
  });

  it('leaves a filter of a shape it does not know to the database', () => {
    expect(localeScope({ createdBy: { id: 1 } }, 'en')).toBe('some');
    expect(localeScope({ $or: [{ locale: 'fr' }] }, 'en')).toBe('some');
    expect(localeScope(permissions([{ locale: { $eq: 'fr' } }]), 'en')).toBe('some');
  });

  it('cannot tell a locale condition on a type without i18n: the database reads it', () => {
    expect(localeScope(permissions([locales('fr')]), null)).toBe('some');
    expect(localeScope(permissions([]), null)).toBe('all');
  });

  it('reaches nothing through a permission list with no branch', () => {
    expect(localeScope({ $or: [] }, 'en')).toBe('none');
  });
});
