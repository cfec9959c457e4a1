import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarDate, formatInstant, markLocalZone } from '../../src/time.js';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
  markLocalZone('');
});

describe('the process-local zone fast path (bin/arca makes the archive zone local)', () => {
  it.each(['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe'])(
    'writes every instant exactly as Intl does in %s, DST changes and local mean time included',
    (tz) => {
      const instants = fc.sample(
        fc.date({ min: new Date('1880-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
        3000,
      );
      // Around the spring and autumn changes of 2026, minute by minute.
      for (const day of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01']) {
        for (let m = -180; m <= 180; m += 7) instants.push(new Date(Date.parse(`${day}T06:00:00Z`) + m * 60_000));
      }
      const byIntl = instants.map((d) => [formatInstant(d, tz), calendarDate(d, tz)]);
      process.env.TZ = tz;
      markLocalZone(tz);
      expect(instants.map((d) => [formatInstant(d, tz), calendarDate(d, tz)])).toEqual(byIntl);
    },
  );
});
