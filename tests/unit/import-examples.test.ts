import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseItem } from '../../src/import/pages/parse.js';

const examples = new URL('../../examples/', import.meta.url);

/** The example files the README points operators to must import as described. */
describe('examples/', () => {
  const expected: Record<string, { encoding: string; titles: string[]; windows: (number | null)[] }> = {
    'court-notice.txt': {
      encoding: 'utf-8',
      titles: ['松江区人民法院开通夜间立案服务 上班族可在晚间办理诉讼事务'],
      windows: [15],
    },
    'community-news.txt': { encoding: 'utf-8', titles: ['梧桐街道举办“法律进小区”市集 律师现场答疑'], windows: [null] },
    'library-hours.html': { encoding: 'utf-8', titles: ['松江区图书馆试行“无休日”开放'], windows: [30] },
    'gbk-page.html': { encoding: 'gb18030', titles: ['松江区开展农民工欠薪专项治理'], windows: [20] },
    'cms-export.ndjson': {
      encoding: 'utf-8',
      titles: ['松江区法院发布劳动争议典型案例', '梧桐街道人民调解委员会获评先进集体'],
      windows: [30, null],
    },
  };

  it.each(Object.entries(expected))(
    '%s parses with its title, window and encoding',
    (name, { encoding, titles, windows }) => {
      const result = parseItem(readFileSync(new URL(name, examples)), { path: name });
      expect(result.encoding).toBe(encoding);
      expect(result.items.map((i) => i.error)).toEqual(titles.map(() => null));
      expect(result.items.map((i) => i.page?.title)).toEqual(titles);
      expect(result.items.map((i) => i.page?.window_days)).toEqual(windows);
    },
  );
});
