/** Types for scripts/check-electron-security.mjs (imported by its tests). */
export interface SecurityFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
}

export interface SecurityCheckOptions {
  readonly ipcModule: string;
  readonly openExternalModule: string;
  readonly preloadModule: string;
}

export declare const DEFAULT_OPTIONS: SecurityCheckOptions;
export declare function checkSource(
  file: string,
  text: string,
  options?: SecurityCheckOptions,
): { findings: SecurityFinding[]; windows: number };
export declare function checkPaths(
  paths: string[],
  root?: string,
  options?: SecurityCheckOptions,
): { files: number; windows: number; findings: SecurityFinding[] };
