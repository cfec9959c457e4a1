import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const PAGES = path.join(FIXTURES, 'pages');
const MUSEUM = path.join(FIXTURES, 'import-e2e', 'museum-big5-declared-gb2312.html');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

const showJson = async (id: number) => JSON.parse((await t.arca(['show', String(id), '--json'])).stdout);

describe('encodings through the CLI', () => {
  it.each([
    [
      'big5.html',
      'big5',
      '澄溪里民活動中心增設法律諮詢站',
      '澄溪區公所',
      '澄溪區公所今天宣布，每週三下午在里民活動中心提供免費法律諮詢，由義務律師輪值。\n區長吳明德表示，諮詢內容包括租屋糾紛、遺產繼承與勞資爭議。',
    ],
    [
      'table-layout-gbk.html',
      'gb18030',
      '柳岸区法院审结一起网络侵权案',
      '柳岸区人民法院',
      '近日，柳岸区人民法院审结一起网络侵权纠纷案，被告在短视频平台发布不实言论，被判赔礼道歉并赔偿原告精神损害抚慰金五千元。\n' +
        '承办法官表示，网络并非法外之地，网民发表言论应当遵守法律、尊重他人名誉。\n该案判决现已生效。',
    ],
    [
      'utf16le-bom.txt',
      'utf-16le',
      '石桥镇调整便民服务中心办公时间',
      '石桥镇人民政府',
      '自4月6日起,石桥镇便民服务中心周六上午照常办公。',
    ],
    [
      'utf16be-bom.html',
      'utf-16be',
      '石桥镇启用智能快递柜',
      '石桥镇人民政府',
      '石桥镇在镇区三个小区启用智能快递柜，居民可凭取件码随时取件。',
    ],
    [
      'utf8-bom.txt',
      'utf-8',
      '石桥镇开展消防安全检查',
      '石桥镇应急办',
      '石桥镇应急办对辖区沿街商铺开展消防安全检查,发现隐患十二处,已全部督促整改。',
    ],
    [
      'undeclared-gb18030.txt',
      'gb18030',
      '南汉开国之君刘䶮的名字怎么读',
      '汉江文史网',
      '刘䶮是五代十国时期南汉的建立者,他自创的“䶮”字取“飞龙在天”之意。\n这个字收在扩展A区,只有支持GB18030的软件才能正确显示。',
    ],
    [
      'undeclared-big5.txt',
      'big5',
      '澄溪市府舉辦反詐騙講座 提醒長者留意假投資',
      '澄溪市政府',
      '澄溪市政府今天在社區大學舉辦反詐騙講座,警察局派員說明常見的假投資手法。\n警方提醒,凡是保證獲利、要求先匯款的投資邀約,都應該先撥打反詐騙專線查證。',
    ],
    [
      'mislabelled-gbk.html',
      'gb18030',
      '北坪县开展农民工工资支付专项检查',
      '北坪县人社局',
      '北坪县人社局会同住建部门，对在建工程项目开展农民工工资支付专项检查。\n检查发现拖欠问题三起，涉及金额四十余万元，已责令限期清偿。',
    ],
  ])('%s is archived as %s with no mojibake', async (name, encoding, title, source, body) => {
    const file = path.join(PAGES, name);
    const r = await t.arca(['import', file]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    // A short fixture page may bring a "short body" warning first.
    expect(r.stderr).toMatch(/(?:^|\n)imported 1, updated 0, duplicates 0, failed 0\n$/);
    expect(r.stderr).not.toMatch(/error|replacement/);
    expect(await showJson(1)).toMatchObject({ title, source, body, provenance: { path: file, encoding } });
    expect((await t.arca(['show', '1'])).stdout.split('\n')).toContain(`encoding\t${encoding}`);
  });
});

describe('--encoding', () => {
  it('without it, a Big5 page wrongly declared gb2312 is read by its bytes, not as GB mojibake', async () => {
    expect((await t.arca(['import', MUSEUM])).code).toBe(0);
    expect(await showJson(1)).toMatchObject({
      title: '霞嶼市立美術館推出夜間導覽',
      source: '霞嶼市文化局',
      provenance: { encoding: 'big5' },
    });
  });

  it('big5 overrides a wrong gb2312 declaration', async () => {
    expect((await t.arca(['import', '--encoding', 'big5', MUSEUM])).code).toBe(0);
    expect(await showJson(1)).toMatchObject({
      title: '霞嶼市立美術館推出夜間導覽',
      site: '霞嶼日報網',
      category: '藝文活動',
      published: '2023-11-02',
      source: '霞嶼市文化局',
      author: '許雅婷',
      original_url: 'https://www.xiayu-culture.example/news/1102',
      body: '霞嶼市立美術館即日起每週五晚間加開兩場導覽，由館方研究員帶領民眾認識館藏版畫。\n文化局表示，夜間導覽採網路預約，每場以二十人為限。',
      disclaimer: '【免責聲明】本網轉載之文章僅供參考，權利人如有異議，請於三十日內來函告知。',
      window_days: 30,
      provenance: { path: MUSEUM, encoding: 'big5' },
    });
  });

  it('an encoding the bytes do not fit fails the item as "not text" instead of archiving mojibake', async () => {
    const file = path.join(PAGES, 'big5.html');
    const r = await t.arca(['import', '--encoding', 'utf-8', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `arca: error: ${file}: not text in utf-8 (undecodable bytes; is the encoding right?)`,
    );
    expect((await t.arca(['list'])).stdout).toBe('');
  });

  it('an unknown encoding is a usage error before anything is read', async () => {
    const r = await t.arca(['import', '--encoding', 'foo', PAGES]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'arca: error: --encoding: unknown encoding "foo" (try utf-8, gb18030, big5 or utf-16le)\n',
    });
    expect(fs.existsSync(t.db)).toBe(false);
  });
});
