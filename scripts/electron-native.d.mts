/** Types for scripts/electron-native.mjs (imported by its tests). */
export declare const MODULE_DIR: string;
export declare const NATIVE_BINARY: string;
export declare const STAMP_FILE: string;

export interface BuildTarget {
  readonly electron: string;
  readonly abi: string | null;
  readonly betterSqlite3: string;
  readonly platform: string;
  readonly arch: string;
}

export declare function electronExecutableName(platform: string): string;
export declare function electronBinaryPath(electronDir: string, env?: NodeJS.ProcessEnv, platform?: string): string;
export declare function buildTarget(opts: {
  electronVersion: string;
  abi: string | null;
  betterSqlite3Version: string;
  platform?: string;
  arch?: string;
}): BuildTarget;
export declare function planNativeBuild(opts: {
  electronInstalled: boolean;
  binaryPath: string;
  binaryExists: boolean;
  target: BuildTarget;
  stamp: Partial<BuildTarget> | null;
  nativeBinaryExists: boolean;
}): { action: 'no-electron' | 'up-to-date' | 'build'; message: string };
export declare function main(argv?: string[]): number;
