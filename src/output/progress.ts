/**
 * A progress bar on stderr for long work (import). Only on a terminal and without --quiet;
 * everywhere else a no-op, so callers tick unconditionally. cli-progress is loaded only when a
 * bar is really drawn, keeping it out of the start-up of every other command.
 */
import type { IO } from './io.js';

export interface Progress {
  tick(n?: number): void;
  done(): void;
}

const NO_PROGRESS: Progress = { tick() {}, done() {} };

/**
 * `total` null: the amount of work is unknown (stdin, a URL), so count and rate are shown without
 * a bar. A function is called only when a bar is drawn: counting may itself take time (walking a
 * folder tree). Call done() in a `finally`: the bar's redraw timer keeps the process alive until then.
 */
export async function createProgress(io: IO, totalOrCount: number | null | (() => number | null), label: string): Promise<Progress> {
  if (!io.stderrIsTTY || io.quiet) return NO_PROGRESS;
  const total = typeof totalOrCount === 'function' ? totalOrCount() : totalOrCount;
  const { default: cliProgress } = await import('cli-progress');
  const safeLabel = label.replace(/[{}]/g, '');
  const bar = new cliProgress.SingleBar({
    stream: io.stderr,
    format: total === null
      ? `${safeLabel} {value} | {rate}/s | {duration_formatted}`
      : `${safeLabel} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`,
    barsize: 30,
    // Leave cursor and line wrapping alone: cli-progress restores them only on done(), and a
    // Ctrl-C during import must not leave the user's terminal without a cursor.
    hideCursor: false,
    linewrap: true,
  });
  const started = Date.now();
  let count = 0;
  const rate = (): string => {
    const perSecond = count / Math.max((Date.now() - started) / 1000, 0.001);
    return perSecond < 10 ? perSecond.toFixed(1) : String(Math.round(perSecond));
  };
  bar.start(total ?? 0, 0, { rate: '0.0' });
  return {
    tick(n = 1) {
      count += n;
      bar.update(count, { rate: rate() });
    },
    done() {
      bar.update(count, { rate: rate() });
      bar.stop();
    },
  };
}
