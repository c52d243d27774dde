/** The related-articles route's shapes, inferred from its schemas (`schemas/related.ts`). */
import type { z } from 'zod';

import type { relatedArticle, relatedQuery, relatedResponse } from './schemas/related';

/** `?type=&locale=&scope=&limit=` as a client sends it: every parameter optional, the server applies the defaults. */
export type RelatedQuery = Partial<z.output<z.ZodObject<typeof relatedQuery>>>;

/** A related article as a page lists it, with its similarity score. */
export type RelatedArticle = z.infer<typeof relatedArticle>;

export type RelatedResponse = z.infer<typeof relatedResponse>;

/**
 * The cache tag of every related-articles answer of a type in one locale: any
 * publication, unpublication or deletion there may change any of them (a new candidate,
 * one gone, the rarity of the words they are compared on), so all of them go together.
 */
export const relatedTag = (type: string, locale: string | null): string =>
  locale === null ? `newsroom-related:${type}` : `newsroom-related:${type}:${locale}`;
