/**
 * A process that keeps writing to a workspace: it imports the same practice log again and
 * again, each import its own transaction, and says so after each commit, until it has done
 * `times` imports or is killed:
 *   COMMITTED <n>     the n-th import committed
 *   DONE              all imports committed
 *
 *   writer-child <workspace> <log file> <times>
 */
import { openDatabase } from '../../../shared/store/database.js';
import { importPractice } from '../../../shared/practice/import-practice.js';

const [workspace, file, times] = process.argv.slice(2);
if (!workspace || !file || !times) {
  process.stderr.write('usage: writer-child <workspace> <log file> <times>\n');
  process.exit(2);
}

async function main(workspacePath: string, log: string, count: number): Promise<void> {
  const db = openDatabase(workspacePath);
  for (let n = 1; n <= count; n++) {
    await importPractice(db, log, { name: `import ${n}` });
    process.stdout.write(`COMMITTED ${n}\n`);
  }
  db.close();
  process.stdout.write('DONE\n');
}

main(workspace, file, Number(times)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
