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
  /**
   * Each item of the notice as it reads: the festival, its first and last day off, and the make-up working
   * days (调休上班) it brings, if any.
   */
  festivals: Array<[name: string, first: string, last: string, workdays?: string[]]>;
}

export const MAINLAND_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    published: '2024-11-12',
    url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    festivals: [
      ['元旦', '2025-01-01', '2025-01-01'],
      ['春节', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
      ['清明节', '2025-04-04', '2025-04-06'],
      ['劳动节', '2025-05-01', '2025-05-05', ['2025-04-27']],
      ['端午节', '2025-05-31', '2025-06-02'],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    number: null,
    published: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    festivals: [
      ['元旦', '2026-01-01', '2026-01-03', ['2026-01-04']],
      ['春节', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
      ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05', ['2026-05-09']],
      ['端午节', '2026-06-19', '2026-06-21'],
      ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
    ],
  },
];

/** Every day the shipped notices set apart from the weekend rule, in date order. */
export function mainlandDays(): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const notice of MAINLAND_NOTICES) {
    for (const [name, first, last, workdays = []] of notice.festivals) {
      for (let date = first; date <= last; date = addDays(date, 1)) days.push({ date, kind: 'holiday', name });
      for (const date of workdays) days.push({ date, kind: 'workday', name });
    }
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
