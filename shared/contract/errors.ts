/** Errors that cross the API boundary, with a code a client can act on. */
export type ApiErrorCode = 'bad-input' | 'not-found' | 'conflict' | 'no-workspace' | 'unavailable' | 'internal';

export interface ApiErrorBody {
  readonly code: ApiErrorCode;
  /** Says what was wrong and, where it helps, how to fix it. */
  readonly message: string;
  /** Field-level problems ("settings.crawl.maxPages: must be at least 1"). */
  readonly issues?: readonly string[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: readonly string[];
  constructor(code: ApiErrorCode, message: string, issues: readonly string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) };
  }
  static fromBody(b: unknown): ApiError {
    const body = (b ?? {}) as Partial<ApiErrorBody>;
    return new ApiError(
      body.code ?? 'internal',
      typeof body.message === 'string' ? body.message : 'unknown error',
      Array.isArray(body.issues) ? body.issues.map(String) : [],
    );
  }
}
