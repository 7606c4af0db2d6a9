import { describe, expect, it } from 'vitest';
import { parseSidecar } from '../../src/normalize/sidecar.ts';

const ok = (yaml: string) => {
  const r = parseSidecar(yaml);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const refused = (yaml: string) => {
  const r = parseSidecar(yaml);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('parseSidecar', () => {
  it('reads facts and overrides', () => {
    expect(
      ok(
        'outlet: Indori Nerd\nauthor: Jane Doe\nurl: https://example.org/r\ndate: 2025-06-06\nrating: { value: 3, max: 4 }\ncast: { add: [Catalina Sandino Moreno] }\nspoilers: { detected: false }\n',
      ),
    ).toEqual({
      outlet: 'Indori Nerd',
      author: 'Jane Doe',
      url: 'https://example.org/r',
      date: '2025-06-06',
      rating: { value: 3, max: 4 },
      cast: { add: ['Catalina Sandino Moreno'], remove: [] },
      spoilers: { detected: false },
    });
  });

  it('accepts an empty sidecar', () => expect(ok('')).toEqual({}));
  it('accepts rating: null as "no score"', () => expect(ok('rating: null').rating).toBeNull());

  it('refuses unknown fields, naming them', () => expect(refused('outlet: X\nscore: 5\n')).toMatch(/score/));
  it('refuses wrong types, naming the field', () =>
    expect(refused('rating: { value: "four", max: 5 }')).toMatch(/rating/));
  it('refuses a value above the scale', () =>
    expect(refused('rating: { value: 6, max: 5 }')).toMatch(/exceed/));
  it('refuses a javascript: url', () => expect(refused('url: "javascript:alert(1)"')).toMatch(/url/));
  it('refuses an invalid date', () => expect(refused('date: 2025-13-45')).toMatch(/date/));
  it('refuses duplicate keys', () =>
    expect(refused('outlet: A\noutlet: B\n')).toMatch(/invalid YAML.*unique|duplicate/i));
  it('refuses broken YAML', () => expect(refused('outlet: [unclosed')).toMatch(/invalid YAML/));
  it('refuses a document that is not a mapping', () => expect(refused('- a\n- b\n')).toMatch(/schema/));

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    expect(refused(bomb)).toMatch(/invalid YAML.*alias/i);
  });
});
