import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countSources, expandInputs, SourceError, type Source } from '../../src/import/inputs/sources.js';
import { sourceUnits } from '../../src/import/inputs/units.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-sources-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function touch(...parts: string[]): string {
  const file = path.join(dir, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '标题\n');
  return file;
}

const paths = (sources: Iterable<Source>) =>
  Array.from(sources, (s) => ('path' in s ? s.path : 'url' in s ? s.url : s.kind));

describe('expandInputs', () => {
  it('walks folders recursively in sorted order, skipping hidden entries and other extensions', () => {
    touch('b', '2.html');
    touch('b', '1.txt');
    touch('a.json');
    touch('.hidden', 'x.txt');
    touch('.draft.txt');
    touch('notes.docx');
    touch('c', 'd', 'e.ndjson');
    expect(paths(expandInputs([dir]))).toEqual(
      ['a.json', 'b/1.txt', 'b/2.html', 'c/d/e.ndjson'].map((p) => path.join(dir, p)),
    );
  });

  it('picks up every extension that names a format, in any case, as a named file is read', () => {
    touch('a.shtml');
    touch('b.XHTML');
    touch('c.text');
    touch('d.Jsonl');
    touch('e.htm');
    expect(paths(expandInputs([dir]))).toEqual(
      ['a.shtml', 'b.XHTML', 'c.text', 'd.Jsonl', 'e.htm'].map((p) => path.join(dir, p)),
    );
  });

  it('reads server pages and files without an extension by content, and counts what is not a page', () => {
    const write = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(dir, name), content);
    write('detail.php?id=12', '<!DOCTYPE html><html><body><h1>标题</h1></body></html>');
    write('list.ASPX', '\ufeff  <!-- saved by wget --><div class="content">正文</div>');
    write('show.jsp', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>');
    write('index', '<html><head><title>首页</title></head></html>');
    write('source.php', '<?php echo "not saved output"; ?>');
    write('sitemap', '<?xml version="1.0"?><urlset></urlset>');
    write('README', 'notes about the mirror');
    write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    write('site.css', 'body { color: red }');
    write('app.js', 'var a = 1;');
    const sources = expandInputs([dir]);
    expect(sources.skipped).toBe(0);
    expect(paths(sources)).toEqual(
      ['detail.php?id=12', 'index', 'list.ASPX', 'show.jsp'].map((p) => path.join(dir, p)),
    );
    expect(sources.skipped).toBe(6);
    // A walk stopped early leaves the count of the last complete one.
    touch('more.css');
    countSources(sources, 1);
    expect(sources.skipped).toBe(6);
    expect(countSources(sources)).toBe(4);
    expect(sources.skipped).toBe(7);
  });

  it('keeps named inputs in the order given, whatever their extension', () => {
    const doc = touch('page.saved');
    expect(paths(expandInputs([doc, '-', 'https://news.example/a/1.html']))).toEqual([
      doc,
      'stdin',
      'https://news.example/a/1.html',
    ]);
  });

  it('refuses a missing input or another URL scheme before walking anything', () => {
    expect(() => expandInputs([dir, path.join(dir, 'missing')])).toThrow(
      new SourceError(`${path.join(dir, 'missing')}: no such file or folder`),
    );
    expect(() => expandInputs(['ftp://news.example/a.txt'])).toThrow('only http and https URLs can be imported');
  });

  it('walks the folders as it is iterated, not up front, so a huge tree is never held as a list', () => {
    touch('1.txt');
    const sources = expandInputs([dir]);
    touch('2.txt');
    expect(paths(sources)).toEqual([path.join(dir, '1.txt'), path.join(dir, '2.txt')]);
    touch('3.txt');
    expect(countSources(sources)).toBe(3);
  });

  it('reports a folder it cannot list as a source of its own, and walks on', () => {
    touch('gone', '1.txt');
    const kept = touch('kept', '2.txt');
    const sources = expandInputs([path.join(dir, 'gone'), path.join(dir, 'kept')]);
    fs.rmSync(path.join(dir, 'gone'), { recursive: true });
    expect([...sources]).toEqual([
      { kind: 'unlisted', path: path.join(dir, 'gone'), error: 'cannot list folder: ENOENT' },
      { kind: 'file', path: kept, root: path.join(dir, 'kept') },
    ]);
  });

  it('counts up to a limit without walking further', () => {
    for (let i = 0; i < 5; i++) touch(`${i}.txt`);
    expect(countSources(expandInputs([dir]), 3)).toBe(3);
    expect(countSources(expandInputs([dir]))).toBe(5);
  });
});

describe('sourceUnits', () => {
  it('turns a folder that could not be listed into a failed unit naming it', async () => {
    const units = [];
    const options = {
      maxBytes: 1024,
      stdin: process.stdin,
      fetchUrl: () => Promise.reject(new Error('no network here')),
    };
    for await (const unit of sourceUnits(
      [{ kind: 'unlisted', path: '/saved/locked', error: 'cannot list folder: EACCES' }],
      options,
    ))
      units.push(unit);
    expect(units).toEqual([{ path: '/saved/locked', format: undefined, error: 'cannot list folder: EACCES' }]);
  });
});
