/**
 * Writes a realistic canonical practice log of any size (phone answers, call-backs, emails,
 * deliveries, delivery accuracy), deterministically from a seed. Used by the import
 * benchmark and the large-file tests; streams to disk so a million rows take no memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The canonical header line. */
export const CANONICAL_HEADER = 'occurred_at,metric,value,unit,channel,team,reported_by,note';

const TEAMS = ['Front desk', 'Billing', 'Repairs', 'Lettings', 'Customer care'];
const STAFF = ['A. Patel', 'B. Okafor', 'C. Nowak', 'D. Hughes', 'E. Lindqvist', 'F. Moreau', 'G. Ansah'];

/** A small, fast, seedable generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** One canonical row (without line break) from a random source. */
export function canonicalRow(rand: () => number, i: number): string {
  const day = 1 + Math.floor(rand() * 28);
  const month = 1 + Math.floor(rand() * 12);
  const at = `2024-${pad(month)}-${pad(day)}T${pad(8 + Math.floor(rand() * 10))}:${pad(Math.floor(rand() * 60))}:${pad(Math.floor(rand() * 60))}Z`;
  const team = TEAMS[Math.floor(rand() * TEAMS.length)]!;
  const who = STAFF[Math.floor(rand() * STAFF.length)]!;
  const kind = rand();
  if (kind < 0.4) {
    const secs = Math.round(5 + -Math.log(1 - rand()) * 25);
    return `${at},phone-answer,${secs},seconds,phone,${team},${who},`;
  }
  if (kind < 0.6) {
    const hours = Math.round((1 + -Math.log(1 - rand()) * 20) * 10) / 10;
    return `${at},callback,${hours},hours,phone,${team},${who},"call-back ${i}, from voicemail"`;
  }
  if (kind < 0.8) {
    const wd = Math.floor(-Math.log(1 - rand()) * 1.5);
    return `${at},email-response,${wd},working-days,email,${team},${who},`;
  }
  if (kind < 0.95) {
    const wd = 1 + Math.floor(-Math.log(1 - rand()) * 1.2);
    return `${at},delivery-time,${wd},working-days,post,Dispatch,${who},order ${100000 + i}`;
  }
  return `${at},delivery-accuracy,${rand() < 0.93 ? 1 : 0},outcome,post,Dispatch,${who},`;
}

/** Write `rows` canonical rows to `file`; resolves with the file's size in bytes. */
export async function writeCanonicalLog(file: string, rows: number, seed = 42): Promise<number> {
  const rand = seededRandom(seed);
  const out = createWriteStream(file);
  let bytes = 0;
  let batch: string[] = [CANONICAL_HEADER];
  for (let i = 0; i < rows; i++) {
    batch.push(canonicalRow(rand, i));
    if (batch.length >= 5000 || i === rows - 1) {
      const text = `${batch.join('\n')}\n`;
      bytes += Buffer.byteLength(text);
      batch = [];
      if (!out.write(text)) await once(out, 'drain');
    }
  }
  if (rows === 0) {
    const text = `${CANONICAL_HEADER}\n`;
    bytes += text.length;
    out.write(text);
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
