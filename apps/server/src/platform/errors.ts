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
  constructor(
    code: ErrorCode,
    options: { fields?: readonly FieldProblem[]; detail?: string } = {},
  ) {
    super(options.detail ?? code);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
  }
}

export const notFound = (): AppError => new AppError('not_found');
export const invalidField = (field: string, issue: FieldIssue): AppError =>
  new AppError('validation_failed', { fields: [{ field, issue }] });
