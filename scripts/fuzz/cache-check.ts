/**
 * The reader cache check: what the fuzzed playground answers a reader (from its answer
 * cache whenever it holds the answer) is what a second playground on the same database,
 * with the cache off, computes now: same status, same ETag, same body, byte for byte
 * (no field of a reader answer depends on the instance or the clock). A write the cache
 * missed shows as an old body or ETag.
 *
 * Asked of both, between batches (nothing in flight):
 * - every COMPARE_EVERY requests and at every invariant check, the fuzz's last reader
 *   GETs that answered 200 (with the credentials they were sent with) and the scoped
 *   answers (`?scope=category|tags`) of the most recently published posts, which this
 *   asking puts in the cache for the next time;
 * - around each batch holding a tag-side write (generators/tags.ts), the `scope=tags`
 *   answers of the published posts it can move (the tag's posts and the posts its body
 *   names) and of a few recent ones: asked just before the batch, so the fuzzed instance
 *   holds them, and compared just after it. Left to the periodic comparisons, a missed
 *   tag edit mostly goes unseen: any publication of a post in between drops every scoped
 *   answer of the type (with the tag-side invalidation patched out, seed 11 passed
 *   comparisons every 100 requests; around its tag edits, 61 answers differed).
 *
 * A difference is reported once per stale answer, with where the bodies differ, both
 * answers (cut) and whether it was still there SECOND_LOOK_MS later.
 */
import type { Knex } from 'knex';

import type { FuzzResult } from './client';
import { POST, POST_SCOPES, TAG } from './content-types';
import type { Credentials } from './credentials';
import type { InvariantResult } from './invariants';
import type { Auth, FuzzRequest } from './types';

const CHECK_NAME = 'reader cache: every cached answer equals a fresh one';

/** Requests between two comparisons of the recent answers (more often than the invariant checks: cheap, and a stale answer can be dropped by a later write). */
const COMPARE_EVERY = 250;
/** The fuzz's latest reader GETs (distinct path and credentials) compared each time. */
const RECENT_READS = 30;
/** Published posts whose scoped answers are compared each time, the most recently published. */
const RECENT_POSTS = 8;
/** Around a tag-side write: at most this many posts, those it can move first, then recent ones. */
const TAG_WRITE_POSTS = 24;
const TAG_WRITE_RECENT = 4;
/** Answers compared at a time (each asked of both instances at once). */
const PARALLEL = 4;
/** A difference is asked again this much later, to tell one that lasts (an answer kept stale) from one that went. */
const SECOND_LOOK_MS = 500;
/** Characters of each body, and of each differing value, kept as evidence. */
const SHOWN = 400;
/** Differing values listed per answer. */
const SHOWN_DIFFERENCES = 5;

interface Probe {
  path: string;
  auth: Auth;
}

interface Answer {
  status: number;
  etag: string | null;
  body: string;
}

/** Where two answers differ: a path into the JSON (`data.next.title`, `status`, `etag`) and the value on each side. */
interface Difference {
  at: string;
  answered: unknown;
  fresh: unknown;
}

interface CacheDisagreement {
  afterRequests: number;
  /** Where it was first seen: at the invariant check, at the comparison every COMPARE_EVERY requests, or after the tag-side write(s) of the batch just sent (`#index route (status)`). */
  seenAfter: string;
  path: string;
  auth: Auth;
  /** Whether the two still differed when asked again SECOND_LOOK_MS later. */
  lasted: boolean;
  differences: Difference[];
  /** The fuzzed instance (reader cache on), body cut. */
  answered: Answer;
  /** The instance with the reader cache off, body cut. */
  fresh: Answer;
}

const cut = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}... (${text.length} characters)` : text);

const shown = (answer: Answer): Answer => ({ ...answer, body: cut(answer.body) });

const parsed = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
};

const shownValue = (value: unknown) =>
  typeof value === 'string' ? cut(value) : value !== null && typeof value === 'object' ? cut(JSON.stringify(value)) : value;

/** The leaves where two JSON values differ (an object or array of another shape is one difference). */
const jsonDifferences = (answered: unknown, fresh: unknown, at: string, found: Difference[]) => {
  if (found.length >= SHOWN_DIFFERENCES || JSON.stringify(answered) === JSON.stringify(fresh)) return;
  const bothObjects =
    answered !== null &&
    fresh !== null &&
    typeof answered === 'object' &&
    typeof fresh === 'object' &&
    Array.isArray(answered) === Array.isArray(fresh);
  if (!bothObjects) {
    found.push({ at: at || '(body)', answered: shownValue(answered), fresh: shownValue(fresh) });
    return;
  }
  const a = answered as Record<string, unknown>;
  const f = fresh as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(f)])) jsonDifferences(a[key], f[key], at ? `${at}.${key}` : key, found);
};

const differencesOf = (answered: Answer, fresh: Answer): Difference[] => {
  const found: Difference[] = [];
  if (answered.status !== fresh.status) found.push({ at: 'status', answered: answered.status, fresh: fresh.status });
  if (answered.etag !== fresh.etag) found.push({ at: 'etag', answered: answered.etag, fresh: fresh.etag });
  jsonDifferences(parsed(answered.body), parsed(fresh.body), '', found);
  return found;
};

const same = (a: Answer, b: Answer) => a.status === b.status && a.etag === b.etag && a.body === b.body;

const isTagWrite = (request: FuzzRequest) => request.method !== 'GET' && request.path.startsWith(TAG.contentManagerBase);

/** Runs `work` over `items`, `limit` at a time. */
const inTurns = async <T>(items: T[], limit: number, work: (item: T) => Promise<void>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    })
  );
};

export const createCacheCheck = ({
  knex,
  fuzzedUrl,
  freshUrl,
  credentials,
}: {
  knex: Knex;
  fuzzedUrl: string;
  freshUrl: string;
  credentials: Credentials;
}) => {
  const recent = new Map<string, Probe>();
  let found: CacheDisagreement[] = [];
  /** Stale answers already reported (path, credentials and both ETags): one that lasts is reported once, where first seen. */
  const reported = new Set<string>();
  const stats = { compared: 0, scoped: 0, tagWrites: 0, differed: 0, ms: 0 };
  let nextSweep = COMPARE_EVERY;
  let sweptAt = -1;

  const ask = async (baseUrl: string, { path, auth }: Probe): Promise<Answer> => {
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: auth === 'none' ? {} : { authorization: `Bearer ${credentials[auth]}` },
        signal: AbortSignal.timeout(60_000),
      });
      return { status: response.status, etag: response.headers.get('etag'), body: await response.text() };
    } catch (error) {
      return { status: 0, etag: null, body: `no answer: ${(error as Error).message}` };
    }
  };

  const askBoth = (probe: Probe) => Promise.all([ask(fuzzedUrl, probe), ask(freshUrl, probe)]);

  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      stats.ms += performance.now() - started;
    }
  };

  const compare = (probes: Probe[], afterRequests: number, seenAfter: string) =>
    inTurns(probes, PARALLEL, async (probe) => {
      const [answered, fresh] = await askBoth(probe);
      stats.compared += 1;
      if (probe.path.includes('scope=')) stats.scoped += 1;
      if (same(answered, fresh)) return;
      stats.differed += 1;
      const key = JSON.stringify([probe.auth, probe.path, answered.etag, fresh.etag]);
      if (reported.has(key)) return;
      reported.add(key);
      await new Promise((resolve) => setTimeout(resolve, SECOND_LOOK_MS));
      const [again, freshAgain] = await askBoth(probe);
      found.push({
        afterRequests,
        seenAfter,
        ...probe,
        lasted: !same(again, freshAgain),
        differences: differencesOf(answered, fresh),
        answered: shown(answered),
        fresh: shown(fresh),
      });
    });

  /** Published posts, the most recently published first. */
  const publishedPosts = (limit: number, among?: string[]) => {
    const query = knex(POST.tables.articles).whereNotNull('published_at');
    if (among) query.whereIn('document_id', among);
    return query.orderBy('id', 'desc').limit(limit).pluck('document_id') as Promise<string[]>;
  };

  const scoped = (documentIds: string[], scopes: string[]): Probe[] =>
    [...new Set(documentIds)].flatMap((documentId) =>
      scopes.map((scope) => ({ path: `/api/newsroom/read/${documentId}?type=${POST.uid}&scope=${scope}`, auth: 'none' as const }))
    );

  /** The published posts a tag-side write can move: the tag's own (by the documentId in its path) and those its body names. */
  const reachedBy = async (request: FuzzRequest) => {
    const tag = request.path.slice(TAG.contentManagerBase.length + 1).split('?')[0];
    const held = tag
      ? (
          (await knex(`${TAG.tables.link} as l`)
            .join(`${TAG.tables.tags} as t`, 't.id', `l.${TAG.tables.tag}`)
            .join(`${POST.tables.articles} as p`, 'p.id', `l.${TAG.tables.post}`)
            .where('t.document_id', tag)
            .distinct('p.document_id as documentId')) as Array<{ documentId: string }>
        ).map((row) => row.documentId)
      : [];
    const named = (await knex(POST.tables.articles).whereNotNull('published_at').distinct('document_id as documentId')).map(
      (row: { documentId: string }) => row.documentId
    );
    return [...held, ...named.filter((documentId) => request.body?.includes(documentId))];
  };

  /** Remembers the reader GETs that answered 200: answers the fuzzed instance now holds. */
  const record = (results: FuzzResult[]) => {
    for (const { request, status } of results) {
      if (request.family !== 'reader' || request.method !== 'GET' || status !== 200) continue;
      const key = `${request.auth} ${request.path}`;
      recent.delete(key);
      recent.set(key, { path: request.path, auth: request.auth });
      if (recent.size > RECENT_READS) recent.delete(recent.keys().next().value as string);
    }
  };

  /** The recent reads and the recent posts' scoped answers. */
  const sweep = async (afterRequests: number, seenAfter: string) => {
    sweptAt = afterRequests;
    nextSweep = (Math.floor(afterRequests / COMPARE_EVERY) + 1) * COMPARE_EVERY;
    await compare([...recent.values(), ...scoped(await publishedPosts(RECENT_POSTS), POST_SCOPES)], afterRequests, seenAfter);
  };

  return {
    /** Before a batch: if it holds a tag-side write, asks the fuzzed instance for the scoped answers it can move, and returns them. */
    beforeBatch: (requests: FuzzRequest[]): Promise<Probe[]> =>
      timed(async () => {
        const writes = requests.filter(isTagWrite);
        if (writes.length === 0) return [];
        const reached = (await Promise.all(writes.map(reachedBy))).flat();
        const posts = [
          ...new Set([...(await publishedPosts(TAG_WRITE_POSTS, reached)), ...(await publishedPosts(TAG_WRITE_RECENT))]),
        ].slice(0, TAG_WRITE_POSTS);
        const probes = scoped(posts, [TAG.fields.postScope]);
        await inTurns(probes, PARALLEL, async (probe) => void (await ask(fuzzedUrl, probe)));
        return probes;
      }),

    /** After every batch: what it read is remembered; the answers asked before it are compared; every COMPARE_EVERY requests, the recent ones. */
    afterBatch: (probes: Probe[], results: FuzzResult[], afterRequests: number) =>
      timed(async () => {
        record(results);
        if (probes.length > 0) {
          const writes = results.filter((result) => isTagWrite(result.request));
          stats.tagWrites += writes.length;
          await compare(
            probes,
            afterRequests,
            writes.map((result) => `#${result.index} ${result.request.route} (${result.status})`).join(', ')
          );
        }
        if (afterRequests >= nextSweep) await sweep(afterRequests, `the comparison every ${COMPARE_EVERY} requests`);
      }),

    /** At an invariant check: the recent answers (unless just compared); the result covers every difference found since the last check. */
    check: (afterRequests: number): Promise<InvariantResult> =>
      timed(async () => {
        if (sweptAt !== afterRequests) await sweep(afterRequests, 'the invariant check');
        const differences = found;
        found = [];
        return { name: CHECK_NAME, ok: differences.length === 0, examples: differences.slice(0, 5), count: differences.length };
      }),

    /** What was compared, for the report: answers, of them scoped, tag-side writes checked around, differences, time spent. */
    stats: () => {
      const { ms, ...counts } = stats;
      return { ...counts, seconds: Math.round(ms / 100) / 10 };
    },
  };
};
