/**
 * The process the durability tests kill or starve: it imports one practice log into a
 * workspace and reports each step on stdout, one line each:
 *   IN-TRANSACTION            the import's transaction is open (first progress callback)
 *   PROGRESS <records>        after each chunk, records written so far inside the transaction
 *   COMMITTED <records>       the import committed
 *   FAILED <message>          the import threw (the message on one line)
 *
 *   import-child <workspace> <log file> [--wait]
 *
 * With --wait it starts up, then waits for a line on stdin before it opens the workspace, so
 * a test can start the next child while the current one is still being judged.
 */
import { openDatabase } from '../../../shared/store/database.js';
import { importPractice } from '../../../shared/practice/import-practice.js';

const [workspace, file, flag] = process.argv.slice(2);
if (!workspace || !file) {
  process.stderr.write('usage: import-child <workspace> <log file> [--wait]\n');
  process.exit(2);
}
const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function run(workspacePath: string, log: string): void {
  const db = openDatabase(workspacePath);
  let opened = false;
  importPractice(db, log, {
    onProgress: (p) => {
      if (!opened) say('IN-TRANSACTION');
      opened = true;
      say(`PROGRESS ${p.records}`);
    },
  }).then(
    (result) => {
      say(`COMMITTED ${result.records}`);
      db.close();
    },
    (error: unknown) => {
      say(`FAILED ${String((error as Error).message ?? error).replace(/\s+/g, ' ')}`);
      db.close();
      process.exitCode = 1;
    },
  );
}

if (flag === '--wait') {
  say('READY');
  process.stdin.once('data', () => {
    process.stdin.pause();
    run(workspace, file);
  });
} else {
  run(workspace, file);
}
