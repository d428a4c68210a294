/** Page text for the extraction benchmark: paragraphs and bullet lists of realistic prose with promises. */
import { PROMISES, PROSE, prng } from './site.js';

/** About `bytes` bytes of text, as readers hand it over: paragraphs separated by blank lines. */
export function benchText(bytes: number, seed = 7): string {
  const rnd = prng(seed);
  const out: string[] = [];
  let size = 0;
  let para = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 6; s++) {
      const bank = rnd() < 0.12 ? PROMISES : PROSE;
      sentences.push(bank[Math.floor(rnd() * bank.length)]!);
    }
    const block =
      para % 5 === 4 ? `When you contact us, we will:\n${sentences.map((t) => `- ${t}`).join('\n')}` : sentences.join(' ');
    out.push(block);
    size += Buffer.byteLength(block) + 2;
    para++;
  }
  return out.join('\n\n');
}
