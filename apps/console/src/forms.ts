import { ApiError } from './api/client.ts';
import type { Messages } from './i18n/messages.ts';

/**
 * A refused form, ready to show: the message for the whole form (announced), and one message
 * per field, keyed by the field's name in the form (`body.scopeRegion` → `scopeRegion`).
 * Server texts arrive already translated; only local failures are translated here.
 */
export interface FormProblem {
  readonly code: string;
  readonly message: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly retryAfterSeconds?: number | undefined;
}

/** `body.contact.phone` → `contact.phone`; other locations (`query.x`) keep their prefix. */
export function formFieldName(field: string): string {
  return field.startsWith('body.') ? field.slice('body.'.length) : field;
}

export function problemOf(error: unknown, t: Messages): FormProblem {
  if (!(error instanceof ApiError)) {
    return { code: 'unexpected_response', message: t.unexpectedError, fields: {} };
  }
  const fields: Record<string, string> = {};
  for (const field of error.fields) {
    const name = formFieldName(field.field);
    fields[name] ??= field.message;
  }
  const message =
    error.serverMessage ?? (error.code === 'network_error' ? t.networkError : t.unexpectedError);
  return { code: error.code, message, fields, retryAfterSeconds: error.retryAfterSeconds };
}

/** A problem found before sending (e.g. "the two passwords differ"), shaped like the server's. */
export function localProblem(message: string, fields: Record<string, string> = {}): FormProblem {
  return { code: 'validation_failed', message, fields };
}

/** The field messages no visible field shows, so the form's alert can list them instead. */
export function unplacedFields(
  problem: FormProblem,
  shownFields: readonly string[],
): [string, string][] {
  return Object.entries(problem.fields).filter(([name]) => !shownFields.includes(name));
}
