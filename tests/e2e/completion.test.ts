import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILTER_STATUSES } from '../../src/query/filters.js';
import { CHANNELS } from '../../src/takedown/channels.js';
import { BIN, FIXTURES, tempArchive } from '../helpers/arca.js';

const archive = tempArchive();

beforeAll(() => {
  archive.arca(['import', `${FIXTURES}/e2e/court.txt`, `${FIXTURES}/e2e/procuratorate.txt`]);
  archive.arca(['takedown', 'open', '1', '--claimant', 'Lotus Valley Press']);
  archive.arca(['takedown', 'open', '2', '--claimant', 'Crane Hill Media']);
  archive.arca(['takedown', 'withdraw', 'R2']);
});
afterAll(() => archive.cleanup());

/**
 * Sources `arca completion bash` in a fresh bash, with `arca` the built program, and presses TAB after
 * `line` (a trailing space means a new word). bash-completion's word splitter is not installed everywhere:
 * a minimal stand-in gives the script the words as bash itself split them.
 */
function tab(line: string): { replies: string[]; registration: string } {
  const program = `
    arca() { "${process.execPath}" "${BIN}" "$@"; }
    _get_comp_words_by_ref() { cur=\${COMP_WORDS[COMP_CWORD]}; prev=\${COMP_WORDS[COMP_CWORD-1]};
      words=("\${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
    source <(arca completion bash)
    complete -p arca
    read -ra COMP_WORDS <<< "$LINE"
    [[ "$LINE" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 ))
    __arca_complete 2>/dev/null
    printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', program], {
    encoding: 'utf8',
    env: { ...process.env, LINE: line, ARCA_DB: archive.db, ARCA_NOW: undefined },
  });
  expect(r.status, r.stderr).toBe(0);
  const [registration, ...replies] = r.stdout.split('\n').filter(Boolean);
  return { registration, replies };
}

describe('completion in bash', () => {
  it('registers a completion function for arca that falls back to file names', () => {
    expect(tab('arca ').registration).toBe('complete -o default -F __arca_complete arca');
  });

  it('completes command names and subcommands', () => {
    expect(tab('arca ta').replies).toEqual(['takedown']);
    expect(tab('arca takedown re').replies).toEqual(['remove', 'reject', 'restore', 'report', 'redact']);
  });

  it('completes options and the values of enum options', () => {
    expect(tab('arca list --so').replies).toEqual(['--source', '--sort']);
    expect(tab('arca list --status ').replies).toEqual([...FILTER_STATUSES]);
    expect(tab('arca takedown open 1 --channel ').replies).toEqual([...CHANNELS]);
  });

  it('completes the open request ids from the archive, not the withdrawn one', () => {
    const open = archive
      .arca(['takedown', 'list'])
      .stdout.split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t')[0]);
    expect(open).toHaveLength(1);
    expect(tab('arca takedown remove ').replies).toEqual(open);
    expect(tab('arca takedown notice ').replies).toEqual(open);
  });
});
