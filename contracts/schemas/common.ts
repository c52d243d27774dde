/**
 * The pieces every route's schemas are made of. Messages hold `${path}`, which the
 * server's validation replaces with the field's path (`locale`, `order[0]`), in the
 * wording Strapi's yup validation uses on its other routes.
 */
import { z } from 'zod';

import { hasControlCharacter } from '../../server/src/validation/text';

const printable = (text: string) => !hasControlCharacter(text);
const NOT_PRINTABLE = '${path} must not contain control characters';

/** Text of a query or a lenient body: trimmed, at most `max` characters once trimmed, without control characters. */
export const trimmedText = (max: number) => z.string().trim().max(max).refine(printable, NOT_PRINTABLE);

/** Text of a strict body: refused (not trimmed) with blanks around it. */
export const exactText = (max: number) =>
  z
    .string()
    .refine((text) => text === text.trim(), '${path} must be a trimmed string')
    .max(max)
    .refine(printable, NOT_PRINTABLE);

/** A content-type uid as given in `type=`; whether the plugin serves it is checked by the `types` service. */
export const contentTypeUid = (text: (max: number) => z.ZodString = trimmedText) =>
  text(255).min(1).describe('Content-type uid of a type the plugin serves (the built-in article or one named in the contentTypes option)');

/** A locale code as given; whether the app knows it is checked against the database. */
export const localeCode = (text: (max: number) => z.ZodString = trimmedText) =>
  text(64).min(1).describe('A locale code; defaults to the default locale, ignored by a type without i18n');

/** A documentId (or slug) in a body or query. */
export const documentKey = (text: (max: number) => z.ZodString = trimmedText) => text(255);

/** A documentId in a list (`order`, `articles`): empty is refused as too short and as missing, as yup's `required` does. */
export const listedDocumentId = () =>
  documentKey()
    .min(1)
    .refine((text) => text !== '', '${path} is a required field');

/** `?type=&locale=`: one article (or the articles of a type) in one locale; every route about one takes both. */
export const documentQuery = {
  /** The content-type uid; the default type (the built-in article while it is served) when unset. */
  type: contentTypeUid().optional(),
  /** The locale; the server's default locale when unset (ignored by a type without i18n). */
  locale: localeCode().optional(),
};

/**
 * A whole number in [min, max] from a query string (`"3"`), with a default; blank or
 * other text is refused, as Strapi's number casting does.
 */
export const wholeNumber = (min: number, max: number, defaultValue: number) =>
  z
    .preprocess(
      (value) => {
        if (typeof value !== 'string') return value;
        const digits = value.replace(/\s/g, '');
        return digits === '' ? Number.NaN : Number(digits);
      },
      z.number({ error: '${path} must be a whole number' }).int('${path} must be an integer').min(min).max(max)
    )
    .default(defaultValue);

/** One of `values`, with the messages a missing or wrong value gets. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, messages: { invalid: string; missing?: string }) =>
  z.enum(values, { error: (issue) => (issue.input === undefined && messages.missing ? messages.missing : messages.invalid) });

/** A page of a list. */
export const pagination = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
});

/** Draft (never published), published, or published with unpublished changes (Modified). */
export const articleStatus = z.enum(['draft', 'published', 'modified']);

/** A path segment naming a document by its slug or documentId. */
export const slugOrDocumentId = z.string().max(255).refine(printable).trim().min(1).describe('A slug or a documentId');

/** A documentId in a path. */
export const documentIdParam = slugOrDocumentId.describe('A documentId');
