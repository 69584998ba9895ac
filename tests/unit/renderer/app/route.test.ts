import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../../renderer/app/route';

const LIBRARY: Route = { name: 'library' };

/**
 * Routine ids as they might come from anywhere: mostly the awkward characters for an address
 * (the separator, the escape, the fragment mark, spaces, unicode beyond the BMP), mixed with any
 * code point at all. Never empty, and always well-formed text (no lone surrogates).
 */
const routineId = fc.string({
  minLength: 1,
  maxLength: 24,
  unit: fc.oneof(
    fc.constantFrom(' ', '/', '%', '#', '?', '&', '+', '=', '.', '..', '%2F', '%25', '%E0'),
    fc.constantFrom('é', 'ß', '日本', '🙂', '👩‍👩‍👧', 'ｆ', '\u00a0', '\t', '\n'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
});

const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constant<Route>({ name: 'library' }),
  fc.constant<Route>({ name: 'history' }),
  fc.constant<Route>({ name: 'settings' }),
  fc.constant<Route>({ name: 'timer' }),
  fc.constant<Route>({ name: 'player' }),
  routineId.map((id): Route => ({ name: 'player', routineId: id })),
  fc.constant<Route>({ name: 'builder', mode: 'new' }),
  fc
    .tuple(fc.constantFrom('copy' as const, 'edit' as const), routineId)
    .map(([mode, id]): Route => ({ name: 'builder', mode, routineId: id })),
);

const KNOWN = new Set(['library', 'history', 'settings', 'player', 'timer', 'builder']);

describe('builder addresses', () => {
  it('a copy of a routine keeps the mode and the routine it copies', () => {
    const copy: Route = { name: 'builder', mode: 'copy', routineId: 'three-minute-reset' };
    expect(hrefOf(copy)).toBe('#/builder/copy/three-minute-reset');
    expect(parseRoute(hrefOf(copy))).toStrictEqual(copy);
  });

  it('editing a routine keeps the mode and the routine it edits', () => {
    const edit: Route = { name: 'builder', mode: 'edit', routineId: 'my-jaw' };
    expect(hrefOf(edit)).toBe('#/builder/edit/my-jaw');
    expect(parseRoute(hrefOf(edit))).toStrictEqual(edit);
  });

  it('a new routine has no id', () => {
    expect(hrefOf({ name: 'builder', mode: 'new' })).toBe('#/builder/new');
    expect(parseRoute('#/builder/new')).toStrictEqual({ name: 'builder', mode: 'new' });
  });

  it('a bare builder address, or a copy or edit without an id, opens a new routine', () => {
    for (const hash of ['#/builder', '#/builder/', '#/builder/copy', '#/builder/edit/']) {
      expect(parseRoute(hash)).toStrictEqual({ name: 'builder', mode: 'new' });
    }
  });
});

describe('player addresses', () => {
  it('the player of a routine keeps its id', () => {
    expect(hrefOf({ name: 'player', routineId: 'jaw-release' })).toBe('#/player/jaw-release');
    expect(parseRoute('#/player/jaw-release')).toStrictEqual({
      name: 'player',
      routineId: 'jaw-release',
    });
  });

  it('the player without a routine has no id', () => {
    expect(hrefOf({ name: 'player' })).toBe('#/player');
    expect(parseRoute('#/player')).toStrictEqual({ name: 'player' });
    expect(parseRoute('#/player/')).toStrictEqual({ name: 'player' });
  });
});

describe('ids in addresses', () => {
  it('are URL-encoded, so a slash, a space or a hash stays inside the id', () => {
    const id = 'a b/c#d%e?f';
    expect(hrefOf({ name: 'player', routineId: id })).toBe('#/player/a%20b%2Fc%23d%25e%3Ff');
    expect(hrefOf({ name: 'builder', mode: 'edit', routineId: id })).toBe(
      '#/builder/edit/a%20b%2Fc%23d%25e%3Ff',
    );
    expect(parseRoute('#/builder/edit/a%20b%2Fc%23d%25e%3Ff')).toStrictEqual({
      name: 'builder',
      mode: 'edit',
      routineId: id,
    });
  });

  it('keep unicode', () => {
    const id = 'étirement-日本-🙂';
    expect(parseRoute(hrefOf({ name: 'builder', mode: 'copy', routineId: id }))).toStrictEqual({
      name: 'builder',
      mode: 'copy',
      routineId: id,
    });
  });

  it('that are not well-formed percent-encoding fall back to the library instead of throwing', () => {
    expect(parseRoute('#/player/%E0%A4%A')).toStrictEqual(LIBRARY);
    expect(parseRoute('#/builder/copy/100%')).toStrictEqual(LIBRARY);
  });
});

describe('other addresses', () => {
  it('name the screens without an argument', () => {
    for (const name of ['library', 'history', 'settings', 'timer'] as const) {
      expect(hrefOf({ name })).toBe(`#/${name}`);
      expect(parseRoute(`#/${name}`)).toStrictEqual({ name });
    }
  });

  it('that are empty or unknown fall back to the library', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/Library', '#/players/x']) {
      expect(parseRoute(hash)).toStrictEqual(LIBRARY);
    }
  });
});

describe('properties', () => {
  it('every route comes back from its address unchanged', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(hrefOf(r))).toStrictEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('an address is a single hash fragment: no second #, and no raw space or % outside escapes', () => {
    fc.assert(
      fc.property(route, (r) => {
        const href = hrefOf(r);
        expect(href.startsWith('#/')).toBe(true);
        expect(href.slice(1)).not.toMatch(/[#\s]|%(?![0-9A-F]{2})/);
      }),
      { numRuns: 1000 },
    );
  });

  it('a hash whose first part names no screen falls back to the library', () => {
    const unknownName = fc
      .string({ unit: 'binary', maxLength: 12 })
      .filter((name) => !name.includes('/') && !KNOWN.has(name));
    fc.assert(
      fc.property(
        fc.constantFrom('', '#', '#/'),
        unknownName,
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
        (prefix, name, rest) => {
          const hash = [prefix + name, ...rest].join('/');
          expect(parseRoute(hash)).toStrictEqual(LIBRARY);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('any hash at all parses without throwing to a route whose address parses to it again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (hash) => {
        const parsed = parseRoute(hash);
        expect(parseRoute(hrefOf(parsed))).toStrictEqual(parsed);
      }),
      { numRuns: 1000 },
    );
  });
});
