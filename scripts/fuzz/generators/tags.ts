/**
 * Tag-side edits in the Content Manager (`api::tag.tag`): posts connected to and
 * disconnected from a tag in the tag's own edit view, tags created with posts and
 * deleted. Each changes which posts share a tag, so the Post's scoped neighbors
 * (`?scope=tags`) move without any write of a post. The rest of the fuzz soon leaves
 * no post published (deletes and unpublishes outnumber the publications that pass
 * validation), and a post that is not published has no scoped answer to go stale:
 * while fewer than MIN_PUBLISHED_POSTS are, some of these requests create and publish
 * a tagged post instead.
 */
import { POST, TAG } from '../content-types';
import { jsonBody } from '../mutations';
import type { Random } from '../random';
import type { ArticleRow, Auth, FuzzRequest, TagRow } from '../types';
import { adminAuth, describe } from './common';

/**
 * One relation item in a form the Content Manager or the document service takes; `status`
 * picks one version of the post. Left out: shapes Strapi answers 500 for with the plugin
 * off as well (@strapi/database throws plain Errors): `{ id: 'x' }` in a disconnect list,
 * and `position: { before }` naming the post itself (the order of a tag's posts reaches
 * no reader answer anyway).
 */
const relationItem = (random: Random, documentId: string, connecting: boolean): { value: unknown; kind: string } => {
  const kind = random.weighted({ documentId: 60, end: connecting ? 20 : 0, status: 10, unknown: 5, wrong: 5 });
  switch (kind) {
    case 'documentId':
      return { value: { documentId }, kind: '' };
    case 'end':
      return { value: { documentId, position: { end: true } }, kind: '' };
    case 'status':
      return { value: { documentId, status: random.pick(['published', 'draft', 'modified']) }, kind };
    case 'unknown':
      return { value: { documentId: 'nonexistentdocumentid0000' }, kind };
    default:
      return { value: random.pick<unknown>([documentId, 5, null, { documentId: 42 }, ...(connecting ? [{ id: 'x' }] : [])]), kind };
  }
};

/** Between `min` and `max` distinct ids of `ids` (fewer if it has fewer), picked at random. */
const someOf = (random: Random, ids: string[], min: number, max: number) => {
  const pool = [...ids];
  return Array.from({ length: Math.min(random.int(min, max), pool.length) }, () => pool.splice(random.int(0, pool.length - 1), 1)[0]);
};

/** The tag's `posts` input: mostly connect and disconnect lists, sometimes `set`, a plain list, or a wrong shape (not `disconnect: {}`, a 500 of Strapi's own). */
const postsInput = (random: Random, held: string[], free: string[]): { value: unknown; kinds: string[] } => {
  const kind = random.weighted({ connect: 80, set: 8, list: 6, wrong: 6 });
  if (kind === 'wrong')
    return {
      value: random.pick<unknown>(['x', 5, { connect: 'x' }, { connect: [{ $ne: 1 }] }, { disconnect: 'x' }, { set: 'x' }]),
      kinds: [kind],
    };
  if (kind === 'list' || kind === 'set') {
    const ids = someOf(random, [...held, ...free], 0, 4);
    return { value: kind === 'set' ? { set: ids.map((documentId) => ({ documentId })) } : ids, kinds: [`${kind}:${ids.length}`] };
  }
  const kinds: string[] = [];
  const items = (ids: string[], connecting: boolean) =>
    ids.map((documentId) => {
      const item = relationItem(random, documentId, connecting);
      if (item.kind) kinds.push(item.kind);
      return item.value;
    });
  const connect = items(someOf(random, free.length > 0 ? free : held, 1, 3), true);
  const disconnect = items(someOf(random, held, 0, 2), false);
  return { value: { connect, disconnect }, kinds: [`connect:${connect.length}`, `disconnect:${disconnect.length}`, ...kinds] };
};

const MIN_PUBLISHED_POSTS = 6;

/** A post created and published at once (the Content Manager's "Publish" on a new entry), with some of the tags. */
const taggedPostRequest = (random: Random, tags: TagRow[]): FuzzRequest => {
  const number = random.int(0, 999_999);
  const connect = someOf(
    random,
    tags.map((tag) => tag.documentId),
    1,
    3
  ).map((documentId) => ({ documentId }));
  const data = {
    [POST.fields.title]: `Fuzz tagged post ${number}`,
    [POST.fields.slug]: `fuzz-tagged-post-${number}`,
    [TAG.fields.postScope]: { connect },
  };
  return {
    family: 'content-manager',
    auth: 'admin',
    route: `POST ${POST.contentManagerBase}/actions/publish`,
    method: 'POST',
    path: `${POST.contentManagerBase}/actions/publish`,
    body: JSON.stringify(data),
    contentType: 'application/json',
    mutation: `tagged post, tags:${connect.length}`,
  };
};

export const tagRequest = (random: Random, tags: TagRow[], posts: ArticleRow[]): FuzzRequest => {
  const published = new Set(posts.filter((post) => post.published).map((post) => post.documentId));
  if (published.size < MIN_PUBLISHED_POSTS && random.chance(0.5)) return taggedPostRequest(random, tags);
  const base = TAG.contentManagerBase;
  const action = tags.length === 0 ? 'create' : random.weighted({ update: 75, create: 15, delete: 10 });
  // The Content Manager's own caller, so the edit runs; now and then a restricted admin (no permission on tags) or none.
  const auth: Auth = random.chance(0.9) ? 'admin' : adminAuth(random);
  const common = { family: 'content-manager' as const, auth };
  if (action === 'delete') {
    const tag = random.pick(tags);
    return {
      ...common,
      route: `DELETE ${base}/:documentId`,
      method: 'DELETE',
      path: `${base}/${tag.documentId}`,
      mutation: `posts:${tag.posts.length}`,
    };
  }
  const tag = action === 'update' ? random.pick(tags) : undefined;
  const held = tag?.posts ?? [];
  const free = [...new Set(posts.map((post) => post.documentId))].filter((documentId) => !held.includes(documentId));
  const input = postsInput(random, held, free);
  const data: Record<string, unknown> = { [TAG.fields.posts]: input.value };
  if (!tag || random.chance(0.1)) {
    const name = `Fuzz tag ${random.int(0, 99_999)}`;
    Object.assign(data, { name, slug: name.toLowerCase().replace(/ /g, '-') });
  }
  const body = jsonBody(random, data);
  return {
    ...common,
    route: tag ? `PUT ${base}/:documentId` : `POST ${base}`,
    method: tag ? 'PUT' : 'POST',
    path: tag ? `${base}/${tag.documentId}` : base,
    body: body.body,
    contentType: 'application/json',
    mutation: describe(input.kinds, body.kind === 'json' ? '' : body.kind),
  };
};
