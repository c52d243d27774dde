import { parseRelationInput, RelationInputError } from '../relation-input';

const parse = (value: unknown) => parseRelationInput('nextArticle', value);

describe('parseRelationInput', () => {
  it('leaves the link alone when the field is absent', () => {
    expect(parse(undefined)).toEqual({ kind: 'unchanged' });
  });

  it.each([[null], [[]], [{ set: [] }], [{ set: null }]])('unlinks on %j', (value) => {
    expect(parse(value)).toEqual({ kind: 'unset' });
  });

  it.each([
    ['a shorthand string', 'abc123'],
    ['a one-item array', ['abc123']],
    ['the { documentId } object form', { documentId: 'abc123' }],
    ['set', { set: [{ documentId: 'abc123' }] }],
    ['set with a shorthand', { set: ['abc123'] }],
    ['connect', { connect: [{ documentId: 'abc123' }] }],
    ['connect with a position', { connect: [{ documentId: 'abc123', position: { end: true } }] }],
  ])('links with %s', (_name, value) => {
    expect(parse(value)).toEqual({ kind: 'set', ref: { documentId: 'abc123' } });
  });

  it('keeps an explicit locale so that a mismatch can be reported', () => {
    expect(parse({ connect: [{ documentId: 'abc', locale: 'fr' }] })).toEqual({
      kind: 'set',
      ref: { documentId: 'abc', locale: 'fr' },
    });
  });

  it('reads a documentId that starts with a digit as a documentId, not as a row id', () => {
    expect(parse('1abcdef')).toEqual({ kind: 'set', ref: { documentId: '1abcdef' } });
  });

  it.each([[42], ['42'], [{ id: 42 }]])('reads %j as a row id', (value) => {
    expect(parse(value)).toEqual({ kind: 'set', ref: { id: 42 } });
  });

  it('lets connect win over disconnect, as Strapi applies disconnect first', () => {
    expect(parse({ disconnect: ['old'], connect: ['new'] })).toEqual({ kind: 'set', ref: { documentId: 'new' } });
  });

  it('reads a lone disconnect as a conditional unlink', () => {
    expect(parse({ disconnect: [{ documentId: 'old' }] })).toEqual({ kind: 'disconnect', refs: [{ documentId: 'old' }] });
  });

  it('treats empty connect and disconnect lists as no change', () => {
    expect(parse({ connect: [], disconnect: [] })).toEqual({ kind: 'unchanged' });
  });

  it.each([
    ['two articles', ['a', 'b']],
    ['two articles to connect', { connect: ['a', 'b'] }],
    ['an empty string', ''],
    ['a boolean', true],
    ['zero', 0],
    ['a negative id', -3],
    ['a fractional id', 1.5],
    ['an unknown object', { slug: 'x' }],
    ['a non-string documentId', { documentId: 12 }],
    ['a non-string locale', { documentId: 'a', locale: 3 }],
    ['set mixed with connect', { set: ['a'], connect: ['b'] }],
    ['an unknown key next to connect', { connect: ['a'], before: 'b' }],
    ['a nested array', [['a']]],
  ])('rejects %s with a RelationInputError naming the field', (_name, value) => {
    expect(() => parse(value)).toThrow(RelationInputError);
    expect(() => parse(value)).toThrow(/^nextArticle: /);
  });
});
