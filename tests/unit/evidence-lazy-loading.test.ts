import { afterEach, expect, it, vi } from 'vitest';

// pkijs alone takes a quarter of a second to load: `arca log`, `arca db info` and a check of an archive
// without stamps must not pay for it, nor for the WARC and zip writers.
const HEAVY = ['pkijs', 'asn1js', 'warcio', 'yazl'];
const loaded: string[] = [];

afterEach(() => {
  loaded.length = 0;
  vi.resetModules();
  for (const name of HEAVY) vi.doUnmock(name);
});

it('the log and db commands, and a stamp check with no stamps, load no ASN.1, WARC or zip library', async () => {
  for (const name of HEAVY) {
    vi.doMock(name, async (importOriginal) => {
      loaded.push(name);
      return importOriginal();
    });
  }
  const [{ memoryArchive }, { stampProblems }] = await Promise.all([
    import('../helpers/archive.js'),
    import('../../src/evidence/stamps.js'),
    import('../../src/commands/log.js'),
    import('../../src/commands/db/index.js'),
    import('../../src/commands/takedown/index.js'),
  ]);
  expect(await stampProblems(memoryArchive())).toEqual([]);
  expect(loaded).toEqual([]);
});
