/**
 * The mainland's statutory holidays and 调休 make-up working days, as the State Council's General Office
 * publishes them each autumn for the next year (国务院办公厅关于YYYY年部分节假日安排的通知). They cannot be
 * derived by rule: the make-up days move each year. `arca holidays import` adds the years published later.
 */
import { addDays } from '../time.js';
import type { CalendarDay } from './workdays.js';

export interface HolidayNotice {
  year: number;
  title: string;
  /** The notice's document number, when the published text gives one. */
  number: string | null;
  /** The date the notice bears (YYYY-MM-DD). */
  published: string;
  url: string;
  /** [first, last, name] of each holiday period, and the make-up working days with the festival they serve. */
  holidays: Array<[string, string, string]>;
  workdays: Array<[string, string]>;
}

export const MAINLAND_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    published: '2024-11-12',
    url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    holidays: [
      ['2025-01-01', '2025-01-01', '元旦'],
      ['2025-01-28', '2025-02-04', '春节'],
      ['2025-04-04', '2025-04-06', '清明节'],
      ['2025-05-01', '2025-05-05', '劳动节'],
      ['2025-05-31', '2025-06-02', '端午节'],
      ['2025-10-01', '2025-10-08', '国庆节、中秋节'],
    ],
    workdays: [
      ['2025-01-26', '春节'],
      ['2025-02-08', '春节'],
      ['2025-04-27', '劳动节'],
      ['2025-09-28', '国庆节、中秋节'],
      ['2025-10-11', '国庆节、中秋节'],
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    number: null,
    published: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    holidays: [
      ['2026-01-01', '2026-01-03', '元旦'],
      ['2026-02-15', '2026-02-23', '春节'],
      ['2026-04-04', '2026-04-06', '清明节'],
      ['2026-05-01', '2026-05-05', '劳动节'],
      ['2026-06-19', '2026-06-21', '端午节'],
      ['2026-09-25', '2026-09-27', '中秋节'],
      ['2026-10-01', '2026-10-07', '国庆节'],
    ],
    workdays: [
      ['2026-01-04', '元旦'],
      ['2026-02-14', '春节'],
      ['2026-02-28', '春节'],
      ['2026-05-09', '劳动节'],
      ['2026-09-20', '国庆节'],
      ['2026-10-10', '国庆节'],
    ],
  },
];

/** Every day the shipped notices set apart from the weekend rule, in date order. */
export function mainlandDays(): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const notice of MAINLAND_NOTICES) {
    for (const [first, last, name] of notice.holidays) {
      for (let date = first; date <= last; date = addDays(date, 1)) days.push({ date, kind: 'holiday', name });
    }
    for (const [date, name] of notice.workdays) days.push({ date, kind: 'workday', name });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
