/** A field at fault, as the server names it in a ProblemDetail's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 ProblemDetail as CivicLab's API sends it. */
export interface Problem {
  status: number;
  title?: string | null | undefined;
  detail?: string | null | undefined;
  errors?: FieldError[];
  /** Why the server refused, where it says so in a code (e.g. a refused gate's right). */
  reason?: string | undefined;
  /** For a 429: the seconds the server asks to wait before trying again (Retry-After). */
  retryAfter?: number | undefined;
}

/** A failed API call: the HTTP status and what the server said about it. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly reason: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${String(problem.status)}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title ?? undefined;
    this.detail = problem.detail ?? undefined;
    this.fieldErrors = problem.errors ?? [];
    this.reason = problem.reason;
    this.retryAfter = problem.retryAfter;
  }

  /** The server's messages by field; the first one wins where a field has several. */
  errorsByField(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.fieldErrors) {
      byField[field] ??= message;
    }
    return byField;
  }
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).field === 'string' &&
    typeof (value as Record<string, unknown>).message === 'string'
  );
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads a ProblemDetail (or whatever else came back) into an {@link ApiError}. */
export function toApiError(status: number, body: unknown, retryAfter?: number): ApiError {
  if (typeof body === 'object' && body !== null) {
    const problem = body as Record<string, unknown>;
    const errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
    return new ApiError({
      status,
      title: text(problem.title),
      detail: text(problem.detail),
      errors,
      reason: text(problem.reason),
      retryAfter,
    });
  }
  return new ApiError({ status, detail: text(body), retryAfter });
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
