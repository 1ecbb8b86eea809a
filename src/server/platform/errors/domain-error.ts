import type { FieldError } from "../../../shared/contracts/common";
import type { MessageKey } from "../i18n/messages";

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429;

/** A failure a caller can act on. `code` is stable API; `messageKey` names its localised text. */
export class DomainError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export const NotFound = (code = "not_found") => new DomainError(404, code, "errors.not_found");
export const Unauthenticated = (code = "unauthenticated", key: MessageKey = "errors.unauthenticated") => new DomainError(401, code, key);
export const Forbidden = (code = "forbidden", key: MessageKey = "errors.forbidden") => new DomainError(403, code, key);
export const Conflict = (code: string, key: MessageKey) => new DomainError(409, code, key);
export const Gone = (code: string, key: MessageKey) => new DomainError(410, code, key);
export const TooLarge = (code: string, key: MessageKey) => new DomainError(413, code, key);
export const Invalid = (errors: FieldError[]) => new DomainError(422, "validation_failed", "errors.validation_failed", errors);
export const RateLimited = (retryAfterSeconds: number) =>
  new DomainError(429, "rate_limited", "errors.rate_limited", undefined, { "Retry-After": String(retryAfterSeconds) });
