import { LINK_FIELDS } from '../../constants';
import { linkRuleError } from './errors';
import { parseRelationInput, RelationInputError, type LinkIntent } from './relation-input';

export interface LinkIntents {
  previous: LinkIntent;
  next: LinkIntent;
}

/** The link fields of written data as intents; a malformed value is a 400 (`invalid-input`). */
export const parseLinks = (data: Record<string, unknown>): LinkIntents => {
  try {
    return {
      previous: parseRelationInput(LINK_FIELDS.previous, data[LINK_FIELDS.previous]),
      next: parseRelationInput(LINK_FIELDS.next, data[LINK_FIELDS.next]),
    };
  } catch (error) {
    if (!(error instanceof RelationInputError)) throw error;
    throw linkRuleError(error.message, { rule: 'invalid-input', field: error.field, articles: [] });
  }
};

/** The data without its link fields: the service writes links itself, after Strapi's write. */
export const withoutLinks = (data: Record<string, unknown>) => {
  const { [LINK_FIELDS.previous]: _previous, [LINK_FIELDS.next]: _next, ...rest } = data;
  return rest;
};

export const changesLinks = (links: LinkIntents) => links.previous.kind !== 'unchanged' || links.next.kind !== 'unchanged';
