import { describe, expect, it } from 'vitest';
import { parseHolidayFile } from '../../src/calendar/holiday-file.js';
import { MAINLAND_NOTICES, mainlandDays } from '../../src/calendar/mainland.js';
import { dueDate, isWorkingDay, workCalendar, WEEKENDS_ONLY } from '../../src/calendar/workdays.js';
import { disclaimerWindow } from '../../src/import/pages/window.js';
import { UsageError } from '../../src/errors.js';

const MAINLAND = workCalendar(mainlandDays());

describe('working days on the shipped mainland calendar', () => {
  it('skips the 2026 Spring Festival (2/15–2/23) and counts the make-up Saturdays 2/14 and 2/28', () => {
    expect(isWorkingDay('2026-02-14', MAINLAND)).toBe(true); // Saturday worked
    expect(isWorkingDay('2026-02-16', MAINLAND)).toBe(false); // Monday off
    // Received Friday 2/13: 2/14 (Sat, worked) is the 1st, then nothing until Tuesday 2/24.
    expect(dueDate('2026-02-13', { workdays: 1 }, MAINLAND).due).toBe('2026-02-14');
    expect(dueDate('2026-02-13', { workdays: 2 }, MAINLAND).due).toBe('2026-02-24');
    // 2/24–2/27 are 2nd–5th, Saturday 2/28 the 6th, Monday 3/2 the 7th.
    expect(dueDate('2026-02-13', { workdays: 6 }, MAINLAND).due).toBe('2026-02-28');
    expect(dueDate('2026-02-13', { workdays: 7 }, MAINLAND).due).toBe('2026-03-02');
    // On weekends alone the same count ends two weeks earlier.
    expect(dueDate('2026-02-13', { workdays: 7 }, WEEKENDS_ONLY).due).toBe('2026-02-24');
  });

  it('skips the 2026 National Day week and counts Sunday 9/20 and Saturday 10/10', () => {
    expect(dueDate('2026-09-18', { workdays: 1 }, MAINLAND).due).toBe('2026-09-20');
    // 9/25–9/27 中秋, 10/1–10/7 国庆: from Wednesday 9/30, the 1st is 10/8, Saturday 10/10 the 3rd.
    expect(dueDate('2026-09-30', { workdays: 3 }, MAINLAND).due).toBe('2026-10-10');
    expect(dueDate('2026-09-30', { workdays: 15 }, MAINLAND).due).toBe('2026-10-27');
    expect(dueDate('2026-09-30', { workdays: 15 }, MAINLAND).unknownYears).toEqual([]);
  });

  it('does not count the day of receipt, even a working one; 0 working days is that day', () => {
    expect(dueDate('2026-11-02', { workdays: 1 }, MAINLAND).due).toBe('2026-11-03');
    expect(dueDate('2026-11-07', { workdays: 0 }, MAINLAND).due).toBe('2026-11-07');
  });

  it('counts calendar days by the calendar, holidays or not', () => {
    expect(dueDate('2026-09-30', { days: 15 }, MAINLAND)).toEqual({ due: '2026-10-15', unknownYears: [] });
  });

  it('falls back to weekends alone past the horizon, and names the years it did not know', () => {
    const deadline = dueDate('2026-12-24', { workdays: 10 }, MAINLAND);
    // 12/25, 12/28–12/31 are 1st–5th; 2027 is unknown, so 1/1 counts as a Friday like any other.
    expect(deadline).toEqual({ due: '2027-01-07', unknownYears: [2027] });
  });

  it('ships the notices of 2025 and 2026 with their sources', () => {
    expect(MAINLAND_NOTICES.map((n) => [n.year, n.published])).toEqual([
      [2025, '2024-11-12'],
      [2026, '2025-11-04'],
    ]);
    expect(MAINLAND_NOTICES[0].number).toBe('国办发明电〔2024〕12号');
    const days = mainlandDays();
    expect(days.filter((d) => d.date.startsWith('2025') && d.kind === 'holiday')).toHaveLength(28);
    expect(days.filter((d) => d.date.startsWith('2026') && d.kind === 'holiday')).toHaveLength(33);
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });
});

describe('an imported year', () => {
  const fictional = parseHolidayFile(
    [
      '# 2031, invented for the test',
      '2031-03-03 holiday 春耕节',
      '2031-03-04 holiday 春耕节',
      '',
      '2031-03-08 workday 春耕节',
    ].join('\n'),
    'h.txt',
  );

  it('is counted as the notices are: its holidays skipped, its make-up Saturday worked', () => {
    const calendar = workCalendar(fictional);
    expect(fictional[0]).toEqual({ date: '2031-03-03', kind: 'holiday', name: '春耕节' });
    // Friday 2031-02-28: Monday and Tuesday are off, Wednesday 3/5 the 1st, Saturday 3/8 the 4th.
    expect(dueDate('2031-02-28', { workdays: 4 }, calendar)).toEqual({ due: '2031-03-08', unknownYears: [] });
  });

  it('refuses a malformed file naming the line, whatever else it holds', () => {
    const bad = (text: string) => () => parseHolidayFile(text, 'h.txt');
    expect(bad('2031-03-03 holiday\n2031-02-30 holiday')).toThrow(UsageError);
    expect(bad('2031-03-03 holiday\n2031-02-30 holiday')).toThrow('h.txt:2: "2031-02-30" is not a date as YYYY-MM-DD');
    expect(bad('\n\n2031-03-03 off')).toThrow('h.txt:3: "off" must be holiday or workday');
    expect(bad('2031-03-03')).toThrow('h.txt:1: expected "YYYY-MM-DD holiday|workday [name]"');
    expect(bad('2031-03-03 holiday\n2031-03-03 workday')).toThrow('h.txt:2: 2031-03-03 is already listed on line 1');
    expect(bad('# nothing\n')).toThrow('h.txt: no days listed');
  });
});

describe('disclaimer windows in working days', () => {
  it.each([
    ['如有侵权，请在15个工作日内与本网联系', 15, 'workdays'],
    ['请权利人于十个工作日内联系我们', 10, 'workdays'],
    ['请于１５個工作日內聯繫本網', 15, 'workdays'],
    ['Rights holders may contact us within 10 business days.', 10, 'workdays'],
    ['Contact us within ten working days of publication.', 10, 'workdays'],
    ['请在30日内与本网联系', 30, 'days'],
    ['within 30 calendar days', 30, 'days'],
    ['within two business weeks', 14, 'days'],
  ])('%s → %i %s', (text, days, unit) => {
    expect(disclaimerWindow(text)).toEqual({ days, unit });
  });
});
