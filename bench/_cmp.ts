import { serveBenchSite } from './site.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const s = await serveBenchSite(2000);
for (const script of ['crawl-ours.ts', 'crawl-crawlee.ts']) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', `bench/${script}`, s.url, '2000', '20'], { encoding: 'utf8', maxBuffer: 1e8 });
  const r = JSON.parse(stdout.trim().split('\n').pop()!);
  console.log(script, (r.pages / r.seconds).toFixed(1), 'pages/s', r.maxRssMB.toFixed(0), 'MB', JSON.stringify(r));
}
await s.close();
