import { takeRefusedReads } from '../support/read-guard.js';

/**
 * jest `setupFilesAfterEnv`: fails the test during which a read outside the repository was
 * refused (test/setup/read-guard.ts), even when the code under test caught the error the guard
 * threw (a library probing for a file, a `try { ... } catch {}`): in a clone that code would
 * have taken another path. afterAll catches refusals outside any test (beforeAll, module load).
 */

function failOnRefusedReads(): void {
  const reads = takeRefusedReads();
  if (reads.length > 0) throw new Error(`Reads outside the repository were refused (reported here too in case the code caught the error):\n${reads.join('\n')}`);
}

afterEach(failOnRefusedReads);
afterAll(failOnRefusedReads);
