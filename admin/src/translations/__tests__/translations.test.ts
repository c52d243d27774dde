import fs from 'node:fs';
import path from 'node:path';

import de from '../de.json';
import en from '../en.json';
import fr from '../fr.json';

const SOURCE = path.resolve(__dirname, '../..');

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });

/** Every message the admin shows: `{ id: getTranslation('key'), defaultMessage: 'text' }`, by key. */
const messages = new Map<string, string>();
for (const file of sourceFiles(SOURCE)) {
  const source = fs.readFileSync(file, 'utf8');
  const descriptor = /getTranslation\(\s*'([^']+)'\s*\),\s*defaultMessage:\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)")/g;
  for (const [, key, single, double] of source.matchAll(descriptor)) {
    messages.set(key, (single ?? double).replace(/\\(.)/g, '$1'));
  }
}

describe('admin translations', () => {
  it('finds the messages of the admin', () => {
    expect(messages.size).toBeGreaterThan(200);
  });

  it('has every message of the admin in en.json, as the code says it', () => {
    const differing = [...messages].filter(([key, text]) => (en as Record<string, string>)[key] !== text);
    expect(differing).toEqual([]);
  });

  it('has no key in en.json the admin does not show', () => {
    // The menu entry's label (index.ts) and the plugin's name, which Strapi's own screens read.
    const registered = ['workspace.menu', 'plugin.name'];
    expect(Object.keys(en).filter((key) => !messages.has(key) && !registered.includes(key))).toEqual([]);
  });

  it.each([
    ['de', de],
    ['fr', fr],
  ])('has the keys of en.json in %s.json, and no other', (_locale, translated) => {
    expect(Object.keys(translated).sort()).toEqual(Object.keys(en).sort());
  });
});
