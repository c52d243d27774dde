/**
 * `npm run check:docs`: every relative link and #anchor in README.md, CONTRIBUTING.md,
 * CHANGELOG.md and docs/**\/*.md must lead somewhere: the file (or folder) exists, and
 * the anchor is a heading of the target (GitHub's slugs, from github-slugger) or an
 * explicit `<a id="...">` / `<a name="...">` there. External links (any URL scheme)
 * are not fetched. Prints each broken link as `file:line` and exits 1.
 */
import fs from 'node:fs';
import path from 'node:path';

// github-slugger 1.x: CommonJS, so it loads under register-ts.js and Jest alike (2.x is ESM only).
const GithubSlugger: new () => { slug(value: string): string } = require('github-slugger');

/** What the checker may ask about the repository: paths are relative to its root, with `/`. */
export interface Repository {
  exists(relativePath: string): boolean;
  read(relativePath: string): string;
}

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  reason: string;
}

interface Link {
  line: number;
  target: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const INLINE_LINK = /!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/;
const HTML_LINK = /<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']+)["']/gi;
const HTML_ANCHOR = /<a\b[^>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']/gi;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The lines of a Markdown file with those of fenced code blocks blanked, so line numbers stay. */
const outsideFences = (markdown: string): string[] => {
  let fence: string | null = null;
  return markdown.split('\n').map((line) => {
    const opening = FENCE.exec(line);
    if (fence !== null) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
      return '';
    }
    if (opening) {
      fence = opening[1];
      return '';
    }
    return line;
  });
};

const withoutInlineCode = (line: string): string => line.replace(/(`+)(?:(?!\1).)+\1/g, '');

/** A heading as GitHub renders it, before slugging: links as their text, no HTML, no emphasis markers. */
const headingText = (raw: string): string =>
  raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/(^|[^\w])_{1,2}([^_]+?)_{1,2}(?=[^\w]|$)/g, '$1$2');

/** Every anchor a Markdown file defines: its headings' slugs (duplicates numbered as GitHub does) and explicit ids. */
export const anchorsOf = (markdown: string): Set<string> => {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const line of outsideFences(markdown)) {
    const heading = HEADING.exec(line);
    if (heading) anchors.add(slugger.slug(headingText(heading[2])));
    for (const match of withoutInlineCode(line).matchAll(HTML_ANCHOR)) anchors.add(match[1]);
  }
  return anchors;
};

/** Every link target of a Markdown file, with its line (1-based); code is not read. */
export const linksOf = (markdown: string): Link[] => {
  const links: Link[] = [];
  outsideFences(markdown).forEach((fullLine, index) => {
    const line = index + 1;
    const text = withoutInlineCode(fullLine);
    for (const match of text.matchAll(INLINE_LINK)) links.push({ line, target: match[1] });
    for (const match of text.matchAll(HTML_LINK)) links.push({ line, target: match[1] });
    const definition = REFERENCE_DEFINITION.exec(text);
    if (definition) links.push({ line, target: definition[1] });
  });
  return links.map(({ line, target }) => ({ line, target: target.replace(/^<(.*)>$/, '$1') }));
};

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** The broken links of the given Markdown files. */
export const findBrokenLinks = (files: string[], repository: Repository): BrokenLink[] => {
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(repository.read(file)));
    return anchorCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const { line, target } of linksOf(repository.read(file))) {
      if (SCHEME.test(target) || target.startsWith('//')) continue;
      const hashAt = target.indexOf('#');
      const pathPart = decode(hashAt === -1 ? target : target.slice(0, hashAt)).replace(/\?.*$/, '');
      const anchor = hashAt === -1 ? null : decode(target.slice(hashAt + 1));
      const resolved =
        pathPart === ''
          ? file
          : path.posix
              .normalize(pathPart.startsWith('/') ? pathPart.slice(1) : path.posix.join(path.posix.dirname(file), pathPart))
              .replace(/\/$/, '');
      if (resolved.startsWith('..')) {
        broken.push({ file, line, target, reason: 'leads outside the repository' });
      } else if (!repository.exists(resolved)) {
        broken.push({ file, line, target, reason: `no file ${resolved}` });
      } else if (anchor !== null && anchor !== '') {
        if (!resolved.endsWith('.md')) continue; // GitHub's line anchors (#L10) and the like: nothing to check
        if (!anchors(resolved).has(anchor)) broken.push({ file, line, target, reason: `no heading or anchor "${anchor}" in ${resolved}` });
      }
    }
  }
  return broken;
};

const ROOT = path.resolve(__dirname, '..');

/** The Markdown files the checker reads: the three at the root and every page under docs/. */
export const documentationFiles = (root = ROOT): string[] => {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) pages.push(relative);
    }
  };
  if (fs.existsSync(path.join(root, 'docs'))) walk('docs');
  return [...['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].filter((file) => fs.existsSync(path.join(root, file))), ...pages.sort()];
};

export const fileRepository = (root = ROOT): Repository => ({
  exists: (relativePath) => fs.existsSync(path.join(root, relativePath)),
  read: (relativePath) => fs.readFileSync(path.join(root, relativePath), 'utf8'),
});

if (require.main === module) {
  const files = documentationFiles();
  const broken = findBrokenLinks(files, fileRepository());
  for (const link of broken) console.log(`${link.file}:${link.line}: ${link.target}: ${link.reason}`);
  console.log(`${files.length} files checked, ${broken.length} broken link${broken.length === 1 ? '' : 's'}`);
  if (broken.length > 0) process.exit(1);
}
