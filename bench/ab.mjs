// Compares whole commands by turns: node bench/ab.mjs RUNS 'command a' 'command b' …
// Each round runs every command once, in order, so the machine speeding up or slowing down moves all
// of them alike; prints the median wall time and the median user+sys CPU time (GNU time) of each.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const [runs, ...commands] = process.argv.slice(2);
if (!(Number(runs) > 0) || commands.length === 0) {
  console.error("usage: node bench/ab.mjs RUNS 'command a' 'command b' …");
  process.exit(2);
}
const wall = commands.map(() => []);
const cpu = commands.map(() => []);
for (let round = 0; round < Number(runs); round++) {
  commands.forEach((command, i) => {
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S', 'sh', '-c', `${command} >/dev/null 2>/dev/null`], {
      encoding: 'utf8',
    });
    wall[i].push(performance.now() - started);
    const [user, sys] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
    cpu[i].push((user + sys) * 1000);
    if (run.status !== 0) console.error(`exit ${run.status}: ${command}`);
  });
}
function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)].toFixed(0).padStart(5);
}
commands.forEach((command, i) => console.log(`wall ${median(wall[i])} ms  cpu ${median(cpu[i])} ms  ${command}`));
