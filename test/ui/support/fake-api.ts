/// <reference lib="dom" />
/**
 * A test double for the preload's `window.promiseAuditor`, with realistic data. Bundled into
 * an init script by fake-preload.ts and injected by the grid test (10,000 rows) and by the
 * design-review script; the main UI flow runs against the real HTTP bridge instead.
 *
 * Not product code: nothing under renderer/ imports it.
 */
import type { ApiEvent } from '../../../shared/contract/api.js';
import type {
  DatasetInfo,
  DocumentInfo,
  FindingDetail,
  FindingRow,
  PracticePreview,
  RowError,
  RunProgress,
  WorkspaceInfo,
} from '../../../shared/contract/types.js';
import type { RunDiff } from '../../../shared/domain/diff.js';
import { defaultSettings } from '../../../shared/domain/settings.js';
import type { Claim, ClaimCategory, Finding, Review, Run, Verdict } from '../../../shared/domain/types.js';

/** Options read from `window.__fakeApiOptions` before the app starts. */
export interface FakeApiOptions {
  /** Number of findings in the finished run (default 240). */
  readonly findings?: number;
  /** Open a workspace with a finished run at start (default true). */
  readonly open?: boolean;
  /** Milliseconds a run takes (default 2500). */
  readonly runMs?: number;
  /** Put script/HTML payloads in every text field the fake can (names, paths, errors). */
  readonly hostile?: boolean;
}

declare global {
  interface Window {
    __fakeApiOptions?: FakeApiOptions;
    __fakeCalls?: { method: string; params: unknown }[];
    promiseAuditor?: {
      invoke(method: string, params: unknown): Promise<Ok>;
      subscribe(listener: (event: ApiEvent) => void): () => void;
    };
  }
}

type Ok = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string; issues?: string[] } };

const PAYLOAD = `We answer every call within 30 seconds <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

const TEMPLATES: readonly { category: ClaimCategory; text: string; value: number | null; unit: Claim['unit']; strength: Claim['strength'] }[] = [
  { category: 'phone-answer', text: 'We answer 90% of calls within 30 seconds.', value: 30, unit: 'seconds', strength: 'firm' },
  { category: 'callback', text: 'If we miss your call, we will call you back within 24 hours.', value: 24, unit: 'hours', strength: 'firm' },
  { category: 'email-response', text: 'We reply to every email within one working day.', value: 1, unit: 'working-days', strength: 'firm' },
  { category: 'complaint-response', text: 'We acknowledge complaints within 2 working days.', value: 2, unit: 'working-days', strength: 'guarantee' },
  { category: 'complaint-resolution', text: 'We aim to resolve complaints within 8 weeks.', value: 8, unit: 'weeks', strength: 'aim' },
  { category: 'delivery-time', text: 'Next-day delivery on all orders placed before 2pm.', value: 1, unit: 'days', strength: 'guarantee' },
  { category: 'refund-time', text: 'Refunds are paid within 5 working days of us receiving your return.', value: 5, unit: 'working-days', strength: 'firm' },
  { category: 'visit-wait', text: 'You will be seen within 15 minutes of your appointment time.', value: 15, unit: 'minutes', strength: 'firm' },
  { category: 'staff-conduct', text: 'Our staff will always treat you with courtesy and respect.', value: null, unit: null, strength: 'firm' },
  { category: 'values', text: 'You are our number one priority.', value: null, unit: null, strength: 'vague' },
  { category: 'appointment', text: 'Engineer appointments are available within 3 days.', value: 3, unit: 'days', strength: 'aim' },
  { category: 'delivery-accuracy', text: 'Every order arrives complete and correct, guaranteed.', value: 100, unit: 'percent', strength: 'guarantee' },
];

const PAGES = ['/', '/contact', '/help/complaints', '/delivery', '/returns', '/about/our-promise', '/business', '/help/billing'];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

function iso(daysAgo: number, hour = 10): string {
  const d = new Date(Date.UTC(2025, 5, 30, hour, 0, 0) - daysAgo * 86_400_000);
  return d.toISOString();
}

function verdictFor(i: number, category: ClaimCategory): Verdict {
  if (category === 'staff-conduct' || category === 'values') return 'unmeasurable';
  return pick<Verdict>(['over-promised', 'kept', 'at-risk', 'kept', 'unsubstantiated', 'over-promised', 'kept', 'inconsistent'], i);
}

function buildRun(count: number, runId: string, site: string): { claims: Claim[]; findings: Finding[] } {
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const t = pick(TEMPLATES, i);
    const page = pick(PAGES, i * 7 + Math.floor(i / TEMPLATES.length));
    const variant = i < TEMPLATES.length ? '' : ` (${page.replace(/\W+/g, ' ').trim() || 'home'} ${Math.floor(i / TEMPLATES.length)})`;
    const text = i === 3 ? PAYLOAD : `${t.text}${variant}`;
    const start = 0;
    const end = i === 3 ? 'We answer every call within 30 seconds'.length : t.text.length - 1;
    const uri = i % 9 === 4 ? 'file:///home/maria/Audits/northwind/Customer%20Charter%202025.pdf' : `${site}${page}`;
    const kind = i % 9 === 4 ? 'flyer' : 'page';
    const occurrences = Array.from({ length: 1 + ((i * 13) % 40 === 0 ? 38 : i % 4) }, (_, k) => ({
      uri: k === 0 ? uri : `${site}${pick(PAGES, i + k)}`,
      kind: (k === 0 ? kind : 'page') as Claim['source']['kind'],
      location: kind === 'flyer' && k === 0 ? { page: 2, path: null, line: null } : { page: null, path: `main > section:nth-of-type(${(k % 3) + 1}) > p`, line: null },
    }));
    if (i === 3) occurrences.push({ uri: 'javascript:window.__pwned=1', kind: 'page', location: { page: null, path: '<img src=x onerror=window.__pwned=1>', line: null } });
    const claim: Claim = {
      id: `c${i}`,
      key: `k${i}`,
      text,
      span: [start, end],
      category: t.category,
      measurable: t.value !== null,
      value: t.value,
      valueMax: null,
      unit: t.unit,
      strength: t.strength,
      scope: i % 12 === 0 ? 'share' : 'all',
      share: i % 12 === 0 ? 90 : null,
      source: occurrences[0]!,
      occurrences,
    };
    claims.push(claim);
    const verdict = verdictFor(i, t.category);
    const measured = verdict !== 'unmeasurable' && verdict !== 'unsubstantiated';
    const attainment = measured ? (verdict === 'kept' ? 0.96 - (i % 5) / 100 : verdict === 'at-risk' ? 0.88 - (i % 3) / 100 : 0.52 + (i % 20) / 100) : null;
    const n = measured ? 120 + ((i * 37) % 900) : verdict === 'unsubstantiated' ? i % 12 : 0;
    const target = t.strength === 'aim' ? 0.8 : 0.95;
    const p50 = t.value !== null && measured ? Math.round(t.value * (verdict === 'kept' ? 0.6 : 1.4) * 10) / 10 : null;
    findings.push({
      id: `${runId}-f${i}`,
      runId,
      key: `fk${i}`,
      claimId: claim.id,
      verdict,
      conflictsWith: verdict === 'inconsistent' ? `c${(i + 1) % count}` : null,
      n,
      attainment,
      attainmentLow: attainment === null ? null : Math.max(0, attainment - 0.04),
      attainmentHigh: attainment === null ? null : Math.min(1, attainment + 0.04),
      target: measured ? target : null,
      p50,
      p90: p50 === null ? null : Math.round(p50 * 2.1 * 10) / 10,
      p95: p50 === null ? null : Math.round(p50 * 2.8 * 10) / 10,
      severity: verdict === 'over-promised' ? 55 + ((i * 7) % 45) : verdict === 'at-risk' ? 30 + (i % 25) : verdict === 'inconsistent' ? 40 + (i % 20) : (i * 3) % 20,
      explanation:
        verdict === 'over-promised'
          ? `Only ${Math.round((attainment ?? 0) * 100)}% of ${n} logged cases met the promise; the target is ${Math.round(target * 100)}%.`
          : verdict === 'kept'
            ? `${Math.round((attainment ?? 0) * 100)}% of ${n} logged cases met the promise, above the ${Math.round(target * 100)}% target.`
            : verdict === 'at-risk'
              ? `${Math.round((attainment ?? 0) * 100)}% of cases met the promise: close to the ${Math.round(target * 100)}% target, but not clearly above it.`
              : verdict === 'unsubstantiated'
                ? `Only ${n} practice records measure this promise; at least 20 are needed to judge it.`
                : verdict === 'inconsistent'
                  ? 'The website and the flyer state different thresholds for the same promise.'
                  : 'A promise about conduct or values: no log can measure it, so a person should judge it.',
      suggestion: verdict === 'over-promised' || verdict === 'at-risk' ? `We aim to ${t.text.replace(/^We (will |aim to )?/i, '').replace(/\.$/, '').toLowerCase().replace(/within \d+/, (m) => `within ${Number(m.split(' ')[1]) * 2}`)}.` : null,
    });
  }
  return { claims, findings };
}

export function installFakeApi(): void {
  const options = window.__fakeApiOptions ?? {};
  const listeners = new Set<(e: ApiEvent) => void>();
  const emit = (e: ApiEvent) => setTimeout(() => listeners.forEach((l) => l(e)), 0);
  const calls: { method: string; params: unknown }[] = (window.__fakeCalls = []);
  const site = 'https://www.northwind-energy.co.uk';
  const settings = defaultSettings();
  settings.company = 'Northwind Energy';
  settings.crawl.startUrls = [`${site}/`];

  const documents: DocumentInfo[] = [
    { id: 'd1', name: 'Customer Charter 2025.pdf', kind: 'flyer', size: 1_482_113, addedAt: iso(3, 9) },
    { id: 'd2', name: 'Complaints Handling Procedure.docx', kind: 'policy', size: 84_221, addedAt: iso(3, 9) },
    { id: 'd3', name: 'Delivery and Returns Policy.html', kind: 'policy', size: 23_540, addedAt: iso(2, 15) },
  ];
  if (options.hostile) documents.push({ id: 'd4', name: '<img src=x onerror=window.__pwned=1>.html', kind: 'policy', size: 1_204, addedAt: iso(2, 16) });
  const datasets: DatasetInfo[] = [
    { id: 'ds1', name: 'call-log-2025-q2.csv', format: 'csv', preset: 'generic-call-log', rowCount: 18_422, skipped: [], skippedCount: 0, importedAt: iso(2, 11) },
    {
      id: 'ds2',
      name: 'zendesk-tickets-q2.csv',
      format: 'csv',
      preset: 'zendesk',
      rowCount: 6_318,
      skipped: [
        { line: 214, column: 'solved_at', reason: 'not a date: "n/a"' },
        { line: 3_077, column: null, reason: 'row has 9 fields, the header has 11' },
        ...(options.hostile ? [{ line: 4_120, column: '<script>window.__pwned=1</script>', reason: 'not a number: "<img src=x onerror=window.__pwned=1>"' }] : []),
      ],
      skippedCount: options.hostile ? 3 : 2,
      importedAt: iso(2, 11),
    },
  ];
  const runs: Run[] = [];
  const byRun = new Map<string, { claims: Claim[]; findings: Finding[] }>();
  const reviews: Review[] = [];
  let manualRecords = 12;
  let open = options.open !== false;
  let active: { runId: string; timer: ReturnType<typeof setInterval>; started: number } | null = null;
  let lastProgress: RunProgress | null = null;

  const addRun = (count: number, daysAgo: number, status: Run['status'] = 'done'): Run => {
    const id = `run${runs.length + 1}`;
    const data = buildRun(count, id, site);
    byRun.set(id, data);
    const run: Run = {
      id,
      number: runs.length + 1,
      status,
      stage: status === 'done' ? 'done' : 'crawl',
      startedAt: iso(daysAgo, 9),
      finishedAt: status === 'done' ? new Date(Date.parse(iso(daysAgo, 9)) + 252_000).toISOString() : null,
      settings,
      stats: { pagesFetched: 143, pagesQueued: 0, pagesFailed: 2, pagesExcluded: 6, documentsRead: 3, passages: 4_210, claims: data.claims.length, findings: data.findings.length },
      error: null,
    };
    runs.push(run);
    return run;
  };
  if (open) {
    addRun(Math.max(12, Math.round((options.findings ?? 240) * 0.93)), 92);
    addRun(options.findings ?? 240, 1);
    reviews.push({ id: 'r0', findingKey: 'fk0', status: 'accepted', reason: null, note: 'Call centre staffing is being reviewed.', reviewer: 'Maria Lopez', at: iso(1, 14) });
  }

  const info = (): WorkspaceInfo | null =>
    open
      ? {
          path: '/home/maria/Audits/northwind-2025-q2.audit.db',
          name: 'northwind-2025-q2',
          settings,
          documents: [...documents],
          datasets: [...datasets],
          manualRecords,
          runs: [...runs],
          activeRunId: active?.runId ?? null,
          sample: false,
        }
      : null;

  const latestDone = () => [...runs].reverse().find((r) => r.status === 'done');
  const statusOf = (key: string) => [...reviews].reverse().find((r) => r.findingKey === key);

  const rowsOf = (runId: string): FindingRow[] => {
    const data = byRun.get(runId);
    if (!data) return [];
    const claims = new Map(data.claims.map((c) => [c.id, c]));
    return data.findings.map((f) => {
      const c = claims.get(f.claimId)!;
      const r = statusOf(f.key);
      return { finding: f, claimText: c.text, span: c.span, category: c.category, sourceUri: c.source.uri, sourceKind: c.source.kind, exposure: c.occurrences.length, reviewStatus: r?.status ?? 'open', reviewedBy: r?.reviewer ?? null };
    });
  };

  const fail = (code: string, message: string, issues?: string[]): never => {
    throw Object.assign(new Error(message), { body: { code, message, ...(issues ? { issues } : {}) } });
  };

  const parseCsv = (name: string, dataBase64: string) => {
    const text = new TextDecoder().decode(Uint8Array.from(atob(dataBase64), (ch) => ch.charCodeAt(0))).replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const columns = (lines[0] ?? '').split(',').map((s) => s.trim());
    const rows = lines.slice(1).map((l) => l.split(',').map((s) => s.trim()));
    const errors: RowError[] = [];
    const records: PracticePreview['records'][number][] = [];
    const vi = columns.indexOf('value');
    const ti = columns.indexOf('occurred_at');
    rows.forEach((row, i) => {
      const v = row[vi] ?? '';
      const t = row[ti] ?? '';
      if (row.length !== columns.length) errors.push({ line: i + 2, column: null, reason: `row has ${row.length} fields, the header has ${columns.length}` });
      else if (!Number.isFinite(Number(v)) || v === '') errors.push({ line: i + 2, column: 'value', reason: `"${v}" is not a number` });
      else if (Number.isNaN(Date.parse(t))) errors.push({ line: i + 2, column: 'occurred_at', reason: `"${t}" is not a date` });
      else records.push({ occurredAt: new Date(t).toISOString(), metric: row[columns.indexOf('metric')] ?? 'other', value: Number(v), unit: row[columns.indexOf('unit')] ?? 'hours' });
    });
    return { name, columns, rows, errors, records };
  };

  const startRun = (runId: string) => {
    const started = Date.now();
    const total = options.runMs ?? 2500;
    const stages: Run['stage'][] = ['crawl', 'documents', 'extract', 'crosscheck'];
    const timer = setInterval(() => {
      const t = Math.min(1, (Date.now() - started) / total);
      const stage = t >= 1 ? 'done' : stages[Math.min(3, Math.floor(t * 4))]!;
      const run = runs.find((r) => r.id === runId)!;
      const fetched = Math.round(143 * Math.min(1, t * 4));
      const stats = {
        pagesFetched: fetched,
        pagesQueued: Math.max(0, 143 - fetched),
        pagesFailed: t > 0.2 ? 2 : 0,
        pagesExcluded: 6,
        documentsRead: t > 0.5 ? 3 : t > 0.25 ? 1 : 0,
        passages: Math.round(4210 * Math.min(1, t * 2)),
        claims: t > 0.5 ? Math.round((options.findings ?? 240) * Math.min(1, (t - 0.5) * 4)) : 0,
        findings: t >= 1 ? options.findings ?? 240 : 0,
      };
      Object.assign(run, { stage, stats });
      lastProgress = { runId, status: t >= 1 ? 'done' : 'running', stage, stats, elapsedMs: Date.now() - started, current: stage === 'crawl' ? `${site}${pick(PAGES, fetched)}?page=${fetched}` : stage === 'documents' ? 'Customer Charter 2025.pdf' : null, message: null };
      emit({ type: 'progress', progress: lastProgress });
      if (t >= 1) {
        clearInterval(timer);
        byRun.set(runId, buildRun(options.findings ?? 240, runId, site));
        Object.assign(run, { status: 'done', finishedAt: new Date().toISOString() });
        active = null;
        emit({ type: 'run-finished', runId, status: 'done', error: null });
      }
    }, 250);
    active = { runId, timer, started };
  };

  // Each handler takes the params its method's schema allows; the fake trusts its caller.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const handlers: Record<string, (p: any) => unknown> = {
    'workspace.info': () => info(),
    'workspace.recent': () => [
      { path: '/home/maria/Audits/northwind-2025-q2.audit.db', name: 'northwind-2025-q2', openedAt: iso(1, 16) },
      { path: '/home/maria/Audits/northwind-2025-q1.audit.db', name: 'northwind-2025-q1', openedAt: iso(92, 11) },
      { path: '/shared/compliance/fabrikam-retail.audit.db', name: 'fabrikam-retail', openedAt: iso(130, 10) },
      ...(options.hostile ? [{ path: '/tmp/<script>window.__pwned=1</script>.db', name: '<img src=x onerror=window.__pwned=1>', openedAt: iso(200, 10) }] : []),
    ],
    'workspace.create': (p: { path: string; company?: string }) => {
      open = true;
      settings.company = p.company ?? '';
      return info();
    },
    'workspace.open': () => {
      if (!runs.length) addRun(options.findings ?? 240, 1);
      open = true;
      return info();
    },
    'workspace.openSample': () => {
      open = true;
      return info();
    },
    'settings.update': (p: { settings: typeof settings }) => {
      if (p.settings.crawl.maxPages < 1) fail('bad-input', 'settings.update: invalid parameters', ['settings.crawl.maxPages: must be at least 1']);
      Object.assign(settings, p.settings);
      return settings;
    },
    'documents.add': (p: { name: string; dataBase64: string; kind?: 'flyer' | 'policy' }) => {
      const d: DocumentInfo = { id: `d${documents.length + 10}`, name: p.name, kind: p.kind ?? (/flyer|leaflet/i.test(p.name) ? 'flyer' : 'policy'), size: Math.floor((p.dataBase64.length * 3) / 4), addedAt: new Date().toISOString() };
      documents.push(d);
      emit({ type: 'workspace-changed' });
      return d;
    },
    'documents.remove': (p: { id: string }) => {
      const i = documents.findIndex((d) => d.id === p.id);
      if (i < 0) fail('not-found', `There is no document ${p.id}.`);
      documents.splice(i, 1);
    },
    'practice.presets': () => [
      { name: 'canonical', label: 'Promise Auditor CSV', description: 'occurred_at, metric, value, unit, …' },
      { name: 'zendesk', label: 'Zendesk ticket export', description: 'created, first reply and solved timestamps' },
      { name: 'freshdesk', label: 'Freshdesk ticket export', description: 'created, first response and resolved times' },
      { name: 'generic-call-log', label: 'Call log', description: 'call start, answer and end times' },
      { name: 'delivery-log', label: 'Delivery log', description: 'order and delivery dates' },
    ],
    'practice.preview': (p: { name: string; dataBase64: string; preset?: string }) => {
      const csv = parseCsv(p.name, p.dataBase64);
      const canonical = csv.columns.includes('occurred_at');
      return {
        format: 'csv',
        encoding: 'utf-8',
        columns: csv.columns,
        rows: csv.rows.slice(0, 20),
        detectedPreset: canonical ? 'canonical' : null,
        mapping: { occurredAt: canonical ? 'occurred_at' : null, metric: canonical ? 'metric' : null, value: canonical ? 'value' : null, unit: canonical ? 'unit' : null, reportedBy: csv.columns.includes('reported_by') ? 'reported_by' : null, dateFormat: 'iso' },
        records: csv.records.slice(0, 20),
        errors: csv.errors.filter((e) => e.line <= 21),
      } satisfies PracticePreview;
    },
    'practice.import': (p: { name: string; dataBase64: string; skipBadRows: boolean }) => {
      const csv = parseCsv(p.name, p.dataBase64);
      if (csv.errors.length && !p.skipBadRows) return { ok: false, message: `${p.name}: ${csv.errors.length} bad rows; nothing was imported.`, errors: csv.errors, errorCount: csv.errors.length };
      const ds: DatasetInfo = { id: `ds${datasets.length + 10}`, name: p.name, format: 'csv', preset: 'canonical', rowCount: csv.records.length, skipped: csv.errors, skippedCount: csv.errors.length, importedAt: new Date().toISOString() };
      datasets.push(ds);
      emit({ type: 'workspace-changed' });
      return { ok: true, dataset: ds };
    },
    'practice.removeDataset': (p: { id: string }) => {
      const i = datasets.findIndex((d) => d.id === p.id);
      if (i >= 0) datasets.splice(i, 1);
    },
    'practice.log': (p: Record<string, unknown>) => {
      manualRecords++;
      return { id: `m${manualRecords}`, datasetId: null, channel: null, team: null, note: null, manual: true, ...p };
    },
    'practice.datasets': () => datasets,
    'audit.start': () => {
      if (active) fail('conflict', 'A run is already under way.');
      const run = addRun(0, 0, 'running');
      Object.assign(run, { startedAt: new Date().toISOString(), stats: { pagesFetched: 0, pagesQueued: 1, pagesFailed: 0, pagesExcluded: 0, documentsRead: 0, passages: 0, claims: 0, findings: 0 } });
      startRun(run.id);
      return { runId: run.id };
    },
    'audit.cancel': (p: { runId: string }) => {
      if (!active || active.runId !== p.runId) fail('not-found', `Run ${p.runId} is not under way.`);
      clearInterval(active!.timer);
      const run = runs.find((r) => r.id === p.runId)!;
      Object.assign(run, { status: 'cancelled', finishedAt: new Date().toISOString() });
      active = null;
      emit({ type: 'run-finished', runId: p.runId, status: 'cancelled', error: null });
    },
    'audit.resume': (p: { runId: string }) => {
      const run = runs.find((r) => r.id === p.runId)!;
      run.status = 'running';
      startRun(p.runId);
      return { runId: p.runId };
    },
    'audit.status': () => (active ? lastProgress : null),
    'runs.list': () => runs,
    'runs.diff': (p: { fromRunId: string; toRunId: string }): RunDiff => {
      const a = byRun.get(p.fromRunId)!.claims;
      const b = byRun.get(p.toRunId)!.claims;
      return {
        fromRunId: p.fromRunId,
        toRunId: p.toRunId,
        added: b.slice(a.length),
        removed: [],
        reworded: b.slice(1, 3).map((after) => ({ before: { ...after, text: after.text.replace('within', 'in under') }, after })),
        verdictChanged: b.slice(4, 8).map((claim, i) => ({ claim, before: pick<Verdict>(['kept', 'at-risk'], i), after: pick<Verdict>(['over-promised', 'kept'], i) })),
      };
    },
    'findings.list': (p: { runId?: string }) => rowsOf(p.runId ?? latestDone()?.id ?? ''),
    'findings.get': (p: { id: string }): FindingDetail => {
      for (const data of byRun.values()) {
        const f = data.findings.find((x) => x.id === p.id);
        if (!f) continue;
        const claim = data.claims.find((c) => c.id === f.claimId)!;
        const threshold = claim.value;
        return {
          finding: f,
          claim,
          conflictsWith: f.conflictsWith ? (data.claims.find((c) => c.id === f.conflictsWith) ?? null) : null,
          passage: { text: claim.text, leadIn: claim.category === 'callback' ? 'If you phone us, we will:' : null, context: null, role: 'sentence' },
          occurrences: claim.occurrences,
          distribution:
            threshold !== null && f.n > 0
              ? { unit: claim.unit ?? 'hours', threshold, bins: Array.from({ length: 12 }, (_, k) => ({ from: (k * threshold) / 4, to: ((k + 1) * threshold) / 4, count: Math.round(f.n * Math.exp(-((k - 3) ** 2) / 8) / 5) })) }
              : null,
          reviews: reviews.filter((r) => r.findingKey === f.key),
        };
      }
      return fail('not-found', `There is no finding ${p.id}.`);
    },
    'claims.list': () => [],
    'claims.get': () => fail('not-found', 'no claims in the fake'),
    'review.decide': (p: { findingKeys: string[]; status: Review['status']; reason?: string; note?: string; reviewer: string }) => {
      if (p.status === 'dismissed' && !p.reason) fail('bad-input', 'review.decide: invalid parameters: reason: a dismissal needs a reason', ['reason: a dismissal needs a reason']);
      const at = new Date().toISOString();
      const made = p.findingKeys.map((k, i) => ({ id: `r${reviews.length + i + 1}`, findingKey: k, status: p.status, reason: p.reason ?? null, note: p.note ?? null, reviewer: p.reviewer, at }));
      reviews.push(...made);
      return made;
    },
    'review.history': (p: { findingKey: string }) => reviews.filter((r) => r.findingKey === p.findingKey),
    'report.preview': () => ({
      html: `<!doctype html><html><head><style>body{font:14px/1.5 Georgia,serif;margin:40px;color:#222}h1{font-size:28px}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:6px 10px}</style></head><body><h1>Northwind Energy: service promise audit</h1><p>Run ${runs.length} · June 2025</p><h2>Executive summary</h2><p>Of ${options.findings ?? 240} promises found, 61 are over-promised. The call-back promise is the largest risk.</p><script>window.parent.__pwned = 1</script><table><tr><th>Verdict</th><th>Count</th></tr><tr><td>Over-promised</td><td>61</td></tr><tr><td>Kept</td><td>92</td></tr></table></body></html>`,
    }),
    'report.export': (p: { format: string }) => {
      const csv = 'verdict,claim\r\nover-promised,"\'=HYPERLINK(""x"")"\r\nkept,We answer calls within 30 seconds.\r\n';
      const data = p.format === 'pdf' ? '%PDF-1.7\n%fake\n' : p.format === 'json' ? JSON.stringify({ summary: {}, findings: [] }) : csv;
      return { fileName: `northwind-${p.format === 'pdf' ? 'report.pdf' : p.format === 'json' ? 'audit.json' : `${p.format}.csv`}`, mimeType: p.format === 'pdf' ? 'application/pdf' : p.format === 'json' ? 'application/json' : 'text/csv', dataBase64: btoa(data) };
    },
  };

  // The desktop-only methods (native dialogs); the fake answers as if the user picked a file.
  Object.assign(handlers, {
    'desktop.openWorkspace': () => handlers['workspace.open']!({}),
    'desktop.newWorkspace': (p: { company?: string }) => handlers['workspace.create']!({ path: '/home/maria/Audits/new.audit.db', ...p }),
    'desktop.addDocuments': () => null,
    'desktop.pickPracticeLog': () => null,
    'desktop.saveExport': (p: { format: string }) => ({ path: `/home/maria/Documents/northwind-${p.format}` }),
    'desktop.openExternal': () => ({ opened: true, reason: null }),
  });

  window.promiseAuditor = {
    async invoke(method: string, params: unknown): Promise<Ok> {
      calls.push({ method, params });
      await new Promise((r) => setTimeout(r, 30));
      const h = handlers[method];
      if (!h) return { ok: false, error: { code: 'bad-input', message: `unknown API method: ${method}` } };
      try {
        return { ok: true, result: (await h(params)) ?? null };
      } catch (err) {
        const body = (err as { body?: { code: string; message: string } }).body;
        return { ok: false, error: body ?? { code: 'internal', message: String(err) } };
      }
    },
    subscribe(listener: (e: ApiEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

installFakeApi();
