/**
 * A CLI that only writes one large file the way `npm run pdf` writes its PDF (writeAtomically under
 * runCli), for the test that presses Ctrl-C in the middle of the write. Usage: out-path bytes.
 */
import { runCli } from '../../src/cli/run-cli.ts';
import { writeAtomically } from '../../src/pdf/output.ts';

const [out = '', size = '0'] = process.argv.slice(2);
await runCli('npm run pdf', async (io) => {
  io.out('writing');
  await writeAtomically(out, new Uint8Array(Number(size)).fill(0x25));
  io.out('renamed into place');
  return 0;
});
