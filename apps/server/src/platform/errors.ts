import type { ErrorCode, FieldIssue } from '@sanad/core';

/** One refused field: `field` is a dotted path such as `body.email` or `query.page`. */
export interface FieldProblem {
  readonly field: string;
  readonly issue: FieldIssue;
}

/**
 * The only error type a command or route throws on purpose. Its code comes from the shared
 * catalogue, so the HTTP status and the translated message follow from it; `detail` is for
 * operators' logs and never leaves the server (it must not hold personal data either).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldProblem[];
  /**
   * What the client needs to recover from a conflict without another round trip (the case's
   * current version, who claimed it first). Sent as `error.current`, so it must only ever hold
   * staff-visible, non-survivor data.
   */
  readonly current: Readonly<Record<string, unknown>> | undefined;
  constructor(
    code: ErrorCode,
    options: {
      fields?: readonly FieldProblem[];
      detail?: string;
      current?: Readonly<Record<string, unknown>>;
    } = {},
  ) {
    super(options.detail ?? code);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.current = options.current;
  }
}

export const notFound = (): AppError => new AppError('not_found');
export const invalidField = (field: string, issue: FieldIssue): AppError =>
  new AppError('validation_failed', { fields: [{ field, issue }] });
