import { anchorsOf, documentationFiles, fileRepository, findBrokenLinks, type Repository } from '../../scripts/check-docs';

/** A repository held in memory: files by path, folders implied by them. */
const memory = (files: Record<string, string>): Repository => ({
  exists: (relativePath) => relativePath in files || Object.keys(files).some((file) => file.startsWith(`${relativePath}/`)),
  read: (relativePath) => {
    if (!(relativePath in files)) throw new Error(`no file ${relativePath}`);
    return files[relativePath];
  },
});

describe('check:docs', () => {
  it('slugs headings as GitHub does: lower case, punctuation dropped, code and links as their text, repeats numbered', () => {
    const anchors = anchorsOf(
      [
        '# Reader API',
        '### Revalidation event: `newsroom.revalidate`',
        "## The built-in article's REST routes",
        '## Link by publication date (bulk)',
        '## [Series](series.md) and _parts_',
        '## Options',
        '## Options',
        'Text <a id="dependencies-and-why"></a> and <a name="legacy"></a>',
      ].join('\n')
    );
    expect([...anchors]).toEqual([
      'reader-api',
      'revalidation-event-newsroomrevalidate',
      'the-built-in-articles-rest-routes',
      'link-by-publication-date-bulk',
      'series-and-parts',
      'options',
      'options-1',
      'dependencies-and-why',
      'legacy',
    ]);
  });

  it('reports a link to a heading the target does not have, with its file and line', () => {
    const repository = memory({
      'README.md': '# Intro\n\nSee [the cache](docs/caching.md#reader-cach) and [intro](#intro).\n',
      'docs/caching.md': '# Caching\n\n## Reader cache\n',
    });
    expect(findBrokenLinks(['README.md'], repository)).toEqual([
      {
        file: 'README.md',
        line: 3,
        target: 'docs/caching.md#reader-cach',
        reason: 'no heading or anchor "reader-cach" in docs/caching.md',
      },
    ]);
  });

  it('accepts links to headings, explicit anchors, files and folders that exist, relative to the linking file', () => {
    const repository = memory({
      'README.md': '[a](docs/a.md#second-part) [b](docs/b.md#kept) [img](docs/screenshots/x.png) [dir](examples/reader/)\n',
      'docs/a.md': '# A\n## Second part\n[back](../README.md) [self](#a) [code](../examples/reader/page.ts#L3)\n',
      'docs/b.md': '<a id="kept"></a>\n# B\n',
      'docs/screenshots/x.png': '',
      'examples/reader/page.ts': '',
    });
    expect(findBrokenLinks(['README.md', 'docs/a.md', 'docs/b.md'], repository)).toEqual([]);
  });

  it('reports a missing file, and reads neither external links nor code', () => {
    const repository = memory({
      'README.md': [
        '[gone](docs/gone.md) ![shot](docs/screenshots/none.png)',
        '[web](https://example.com/#nothing) [mail](mailto:a@example.com)',
        '`[not a link](nowhere.md)`',
        '```md',
        '[inside a fence](nowhere.md)',
        '```',
        '[ref]: ./missing/',
      ].join('\n'),
    });
    expect(findBrokenLinks(['README.md'], repository).map(({ line, target, reason }) => `${line} ${target}: ${reason}`)).toEqual([
      '1 docs/gone.md: no file docs/gone.md',
      '1 docs/screenshots/none.png: no file docs/screenshots/none.png',
      '7 ./missing/: no file missing',
    ]);
  });

  it('finds no broken link or anchor in the README, CONTRIBUTING, CHANGELOG and docs/', () => {
    const files = documentationFiles();
    expect(files).toContain('README.md');
    expect(findBrokenLinks(files, fileRepository())).toEqual([]);
  });
});
