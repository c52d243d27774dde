import { linkByDateBody } from '../../../contracts/schemas/bulk';
import { parseBody } from './request';
import { hasControlCharacter } from './text';

/** The body of POST /bulk/link-by-date; strict: `"true"` is not a boolean. */
export const validateLinkByDateBody = (body: unknown) =>
  parseBody(linkByDateBody, body, { notAnObject: 'The body must be a JSON object', allowNull: true });

/** Job ids are UUIDs; anything else names no job (checked without a regex on user text). */
export const isJobId = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length !== 36 || hasControlCharacter(value)) return false;
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    const dash = index === 8 || index === 13 || index === 18 || index === 23;
    if (dash ? char !== '-' : !'0123456789abcdef'.includes(char)) return false;
  }
  return true;
};
