/**
 * A progress bar on stderr for long work (import), and the one writer of stderr while it is drawn:
 * every line the work reports (a failed item, a note) goes through `line`, which prints it above
 * the bar (bar cleared, line written, bar redrawn) instead of gluing it to the bar. done() removes
 * the bar, so the summary that follows starts on a clean line. Only on a terminal and without
 * --quiet; everywhere else lines are plain writes and the bar a no-op, so callers tick unconditionally.
 * cli-progress is loaded only when a bar is really drawn, keeping it out of every other command's start-up.
 */
import type { IO } from './io.js';

export interface Progress {
  tick(n?: number): void;
  /** One line of stderr (without its newline), written above the bar while there is one. */
  line(text: string): void;
  done(): void;
}

const plainLines = (io: IO): Progress => ({
  tick() {},
  line(text) {
    io.stderr.write(`${text}\n`);
  },
  done() {},
});

/**
 * `total` null: the amount of work is unknown (stdin, a URL), so count and rate are shown without
 * a bar. A function is called only when a bar is drawn: counting may itself take time (walking a
 * folder tree). Call done() in a `finally`: the bar's redraw timer keeps the process alive until then.
 */
export async function createProgress(
  io: IO,
  totalOrCount: number | null | (() => number | null),
  label: string,
): Promise<Progress> {
  if (!io.stderrIsTTY || io.quiet) return plainLines(io);
  const total = typeof totalOrCount === 'function' ? totalOrCount() : totalOrCount;
  const { default: cliProgress } = await import('cli-progress');
  const safeLabel = label.replace(/[{}]/g, '');
  // A MultiBar, even for one bar: it moves the cursor relative to the bar and prints logged lines
  // above it. A SingleBar saves and restores the absolute cursor position, so once lines scrolled
  // the screen its final draw (and the summary after it) landed on top of earlier lines.
  const bars = new cliProgress.MultiBar({
    stream: io.stderr,
    format:
      total === null
        ? `${safeLabel} {value} | {rate}/s | {duration_formatted}`
        : `${safeLabel} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`,
    barsize: 30,
    // Leave the cursor alone: a Ctrl-C during import must not leave the user's terminal without one.
    hideCursor: false,
    // Bar lines are cut to the terminal width rather than wrapped.
    linewrap: true,
    clearOnComplete: true,
  });
  const started = Date.now();
  let count = 0;
  const rate = (): string => {
    const perSecond = count / Math.max((Date.now() - started) / 1000, 0.001);
    return perSecond < 10 ? perSecond.toFixed(1) : String(Math.round(perSecond));
  };
  const bar = bars.create(total ?? 0, 0, { rate: '0.0' });
  return {
    tick(n = 1) {
      count += n;
      bar.update(count, { rate: rate() });
    },
    line(text) {
      bars.log(`${text}\n`);
      // Redrawn now rather than at the next timer tick: the line is on screen before the work goes on.
      bars.update();
    },
    done() {
      bars.update();
      bars.stop();
    },
  };
}
