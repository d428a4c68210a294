/**
 * `npm run eval -- <gold.json> [--json]`: scores the promise extractor against a labelled
 * corpus and prints recall, precision, F1, field accuracy and every miss, wrong field, extra
 * claim and distractor reported. Exit code 0 when it ran, 2 on bad input.
 */
import { formatEval } from '../extract/eval/report.js';
import { runEval } from '../extract/eval/run-eval.js';

const USAGE = 'usage: npm run eval -- <gold.json> [--json]';

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('-'));
  if (unknown || files.length !== 1) {
    process.stderr.write(`${unknown ? `unknown option ${unknown}\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    const result = await runEval(files[0]!);
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEval(result)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
