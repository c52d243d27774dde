import { DEFAULT_CONFIG, validateConfig } from '..';

describe('validateConfig', () => {
  it('accepts the defaults', () => {
    expect(() => validateConfig(DEFAULT_CONFIG)).not.toThrow();
  });

  it('accepts a custom summary.maxLength', () => {
    expect(() => validateConfig({ summary: { maxLength: 280 } })).not.toThrow();
  });

  it.each([[0], [-5], [1.5], ['600'], [null]])('rejects summary.maxLength = %p and names the key', (value) => {
    expect(() => validateConfig({ summary: { maxLength: value } })).toThrow(/summary\.maxLength/);
  });

  it('rejects an unknown top-level option by name', () => {
    expect(() => validateConfig({ ...DEFAULT_CONFIG, sumary: {} })).toThrow(/unknown option "sumary"/);
  });

  it('rejects an unknown nested option by its full path', () => {
    expect(() => validateConfig({ summary: { maxLenght: 10 } })).toThrow(/unknown option "summary\.maxLenght"/);
  });

  it('reports every problem at once', () => {
    expect(() => validateConfig({ summary: { maxLength: 0 }, extra: true })).toThrow(/summary\.maxLength.*;.*extra|extra.*;.*summary\.maxLength/);
  });
});
