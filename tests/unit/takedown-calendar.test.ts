import { describe, expect, it } from 'vitest';
import { deadlinesCalendar, type CalendarEntry } from '../../src/takedown/calendar.js';
import { InvalidDayCountError } from '../../src/takedown/deadline.js';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

/** Just enough of RFC 5545 to read our own output back: unfolding, components, parameters, text escapes. */
function parseICalendar(text: string): Component {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
  const root: Component = { name: '', properties: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const current = stack[stack.length - 1];
    if (name === 'BEGIN') {
      const child: Component = { name: value, properties: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(current.name).toBe(value);
      stack.pop();
    } else {
      const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
      current.properties.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0];
}

const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

function prop(component: Component, name: string): Property {
  const found = component.properties.filter((p) => p.name === name);
  expect(found, `${component.name} has one ${name}`).toHaveLength(1);
  return found[0];
}

const entry = (overrides: Partial<CalendarEntry>): CalendarEntry => ({
  id: 'R4',
  status: 'open',
  received: '2026-01-30T18:20:00+08:00',
  due: '2026-03-01',
  claimant: '澄湖文化传媒有限公司',
  work: '《澄湖夜话》第三集文字稿',
  articles: [{ id: 12, title: '云岭县法院审结一起网络转载纠纷', original_url: 'https://news.yunling.example/a/12' }],
  ...overrides,
});

const options = { now: new Date('2026-02-02T03:04:05Z'), tz: 'Asia/Shanghai' };

describe('deadlinesCalendar', () => {
  it('writes a VCALENDAR with one all-day VEVENT per open request, in due order', () => {
    const text = deadlinesCalendar(
      [
        entry({ id: 'R7', due: '2026-03-10' }),
        entry({ id: 'R4' }),
        entry({ id: 'R5', status: 'removed' }),
        entry({ id: 'R6', status: 'rejected' }),
        entry({ id: 'R8', status: 'withdrawn' }),
        entry({ id: 'R9', status: 'restored' }),
      ],
      options,
    );
    const calendar = parseICalendar(text);
    expect(calendar.name).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION').value).toBe('2.0');
    expect(prop(calendar, 'PRODID').value).toBe('-//arca//takedown deadlines//EN');
    expect(prop(calendar, 'X-WR-TIMEZONE').value).toBe('Asia/Shanghai');
    const events = calendar.children.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => prop(e, 'UID').value)).toEqual(['takedown-4@arca', 'takedown-7@arca']);
    expect(events.map((e) => prop(e, 'DTSTART'))).toEqual([
      { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260301' },
      { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260310' },
    ]);
    expect(events.map((e) => prop(e, 'DTEND').value)).toEqual(['20260302', '20260311']);
    expect(prop(events[0], 'DTSTAMP').value).toBe('20260202T030405Z');
  });

  it('names the request and claimant in the summary and lists the articles in the description', () => {
    const event = parseICalendar(
      deadlinesCalendar(
        [
          entry({
            articles: [
              { id: 12, title: '云岭县法院审结一起网络转载纠纷', original_url: 'https://news.yunling.example/a/12' },
              { id: 15, title: 'Court notes, part 2; with commas, semicolons', original_url: null },
            ],
          }),
        ],
        options,
      ),
    ).children[0];
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe('Takedown request R4 due: 澄湖文化传媒有限公司');
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toBe(
      [
        'Claimant: 澄湖文化传媒有限公司',
        'Work: 《澄湖夜话》第三集文字稿',
        'Received: 2026-01-30',
        'Due: 2026-03-01',
        'Articles:',
        '#12 云岭县法院审结一起网络转载纠纷 <https://news.yunling.example/a/12>',
        '#15 Court notes, part 2; with commas, semicolons',
      ].join('\n'),
    );
  });

  it('dates the received instant in the archive zone', () => {
    const received = '2026-01-30T20:20:00Z';
    const description = (tz: string) =>
      unescapeText(
        prop(parseICalendar(deadlinesCalendar([entry({ received })], { ...options, tz })).children[0], 'DESCRIPTION')
          .value,
      );
    expect(description('Asia/Shanghai')).toContain('Received: 2026-01-31\n');
    expect(description('America/New_York')).toContain('Received: 2026-01-30\n');
  });

  it('adds a display reminder two days before by default, or as asked', () => {
    const withDefault = parseICalendar(deadlinesCalendar([entry({})], options)).children[0];
    const alarm = withDefault.children.find((c) => c.name === 'VALARM')!;
    expect(prop(alarm, 'ACTION').value).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER').value).toBe('-P2D');
    expect(unescapeText(prop(alarm, 'DESCRIPTION').value)).toBe('Takedown request R4 due: 澄湖文化传媒有限公司');

    const withSeven = parseICalendar(deadlinesCalendar([entry({})], { ...options, reminderDays: 7 })).children[0];
    expect(
      prop(
        withSeven.children.find((c) => c.name === 'VALARM')!,
        'TRIGGER',
      ).value,
    ).toBe('-P7D');

    const onTheDay = parseICalendar(deadlinesCalendar([entry({})], { ...options, reminderDays: 0 })).children[0];
    expect(
      prop(
        onTheDay.children.find((c) => c.name === 'VALARM')!,
        'TRIGGER',
      ).value,
    ).toBe('PT0S');
  });

  it('keeps leap days and year ends as written, with an exclusive DTEND on the next day', () => {
    const calendar = parseICalendar(
      deadlinesCalendar([entry({ id: 'R1', due: '2024-02-29' }), entry({ id: 'R2', due: '2026-12-31' })], options),
    );
    const events = calendar.children.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => [prop(e, 'DTSTART').value, prop(e, 'DTEND').value])).toEqual([
      ['20240229', '20240301'],
      ['20261231', '20270101'],
    ]);
  });

  it('uses the product id it is given', () => {
    const calendar = parseICalendar(deadlinesCalendar([], { ...options, productId: '-//Yunling News//deadlines//ZH' }));
    expect(prop(calendar, 'PRODID').value).toBe('-//Yunling News//deadlines//ZH');
    expect(calendar.children).toEqual([]);
  });

  it('ends lines with CRLF and folds long lines to 75 octets without splitting characters', () => {
    const longTitle = '云岭县人民法院就一起涉及多家新闻转载网站的信息网络传播权纠纷作出一审判决并发布典型案例说明';
    const text = deadlinesCalendar([entry({ articles: [{ id: 12, title: longTitle, original_url: null }] })], options);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const event = parseICalendar(text).children[0];
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toContain(`#12 ${longTitle}`);
  });

  it('refuses a negative reminder', () => {
    expect(() => deadlinesCalendar([entry({})], { ...options, reminderDays: -1 })).toThrow(InvalidDayCountError);
    expect(() => deadlinesCalendar([entry({})], { ...options, reminderDays: -1 })).toThrow(
      'the reminder must be a whole number of days, 0 or more: -1',
    );
  });
});
