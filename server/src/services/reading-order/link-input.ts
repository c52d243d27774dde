import { linkRuleError } from './errors';
import { parseRelationInput, RelationInputError, type LinkIntent } from './relation-input';

export interface LinkIntents {
  previous: LinkIntent;
  next: LinkIntent;
}

/** A type's two link fields, by name. */
export interface LinkFieldNames {
  previous: string;
  next: string;
}

/** The link fields of written data as intents; a malformed value is a 400 (`invalid-input`). */
export const parseLinks = (data: Record<string, unknown>, fields: LinkFieldNames): LinkIntents => {
  try {
    return {
      previous: parseRelationInput(fields.previous, data[fields.previous]),
      next: parseRelationInput(fields.next, data[fields.next]),
    };
  } catch (error) {
    if (!(error instanceof RelationInputError)) throw error;
    throw linkRuleError(error.message, { rule: 'invalid-input', field: error.field, articles: [] });
  }
};

/** The data without its link fields: the service writes links itself, after Strapi's write. */
export const withoutLinks = (data: Record<string, unknown>, fields: LinkFieldNames) => {
  const { [fields.previous]: _previous, [fields.next]: _next, ...rest } = data;
  return rest;
};

export const changesLinks = (links: LinkIntents) => links.previous.kind !== 'unchanged' || links.next.kind !== 'unchanged';
