import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that start arca as a process (tests/e2e) go first, then the rest, each group in Vitest's own
 * order (the slowest first once a run has timed them). Those files take the longest and mostly wait on
 * their processes; a fresh clone has no timings, and Vitest's order by file size there started a
 * minute-long one last, for the suite to wait on alone.
 */
export class ProcessesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const spawns = (file: TestSpecification) => file.moduleId.includes('/tests/e2e/');
    return [...sorted.filter(spawns), ...sorted.filter((file) => !spawns(file))];
  }
}
