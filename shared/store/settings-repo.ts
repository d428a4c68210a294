/** The audit's settings, one JSON document per key. */
import type { Db } from './database.js';
import { AuditSettingsSchema, type AuditSettings } from '../domain/settings.js';

export function getSettings(db: Db): AuditSettings {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'audit'`).get() as { value: string } | undefined;
  // Parsing fills defaults added by newer versions and rejects a hand-edited, broken file.
  return AuditSettingsSchema.parse(row ? JSON.parse(row.value) : {});
}

export function putSettings(db: Db, settings: AuditSettings): AuditSettings {
  const valid = AuditSettingsSchema.parse(settings);
  db.prepare(`INSERT INTO settings (key, value) VALUES ('audit', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
    JSON.stringify(valid),
  );
  return valid;
}

/** Small facts about the workspace itself ("sample": true for the bundled sample). */
export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare(`SELECT value FROM settings WHERE key = ?`).get(`meta:${key}`) as { value: string } | undefined;
  return row?.value ?? null;
}

export function putMeta(db: Db, key: string, value: string): void {
  db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
    `meta:${key}`,
    value,
  );
}
