/** Thrown when a value bound for a mail header carries a line break (header injection). */
export class HeaderInjectionError extends Error {
  override name = "HeaderInjectionError";
  constructor(readonly header: string) {
    super(`CR or LF in the mail header "${header}" was refused`);
  }
}

/**
 * The one check for mail headers: a value with CR or LF is refused, never repaired. Callers validate earlier
 * (zod, 422); this is the last line of defence before a value reaches the outbox or the SMTP server.
 */
export function assertHeaderSafe(header: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new HeaderInjectionError(header);
  return value;
}
