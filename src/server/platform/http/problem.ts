import type { ZodError } from "zod";
import type { FieldError, Problem } from "../../../shared/contracts/common";
import type { Locale } from "../../../shared/locales";
import type { DomainError } from "../errors/domain-error";
import { type MessageKey, translate } from "../i18n/messages";

export function problemOf(error: DomainError, locale: Locale, requestId: string): Problem {
  return {
    type: `https://okaeri.dev/problems/${error.code}`,
    title: translate(locale, `titles.${error.status}` as MessageKey),
    status: error.status,
    detail: translate(locale, error.messageKey),
    code: error.code,
    requestId,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function problemResponse(error: DomainError, locale: Locale, requestId: string): Response {
  const body = problemOf(error, locale, requestId);
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", ...error.headers },
  });
}

export function internalProblem(locale: Locale, requestId: string): Response {
  const body: Problem = {
    type: "https://okaeri.dev/problems/internal",
    title: translate(locale, "titles.500"),
    status: 500,
    detail: translate(locale, "errors.internal"),
    code: "internal",
    requestId,
  };
  return new Response(JSON.stringify(body), { status: 500, headers: { "Content-Type": "application/problem+json; charset=utf-8" } });
}

/** Turns zod issues into localised field errors: never the raw zod shape. */
export function fieldErrorsOf(error: ZodError, locale: Locale, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    const i = issue as { code: string; minimum?: number | bigint; maximum?: number | bigint; format?: string; input?: unknown };
    let key: MessageKey = "validation.invalid_value";
    const params: Record<string, string | number> = {};
    if (i.code === "invalid_type") key = i.input === undefined ? "validation.required" : "validation.invalid_type";
    else if (i.code === "too_small") {
      key = i.minimum === 1 ? "validation.required" : "validation.too_short";
      params.min = Number(i.minimum);
    } else if (i.code === "too_big") {
      key = "validation.too_long";
      params.max = Number(i.maximum);
    } else if (i.code === "invalid_format") key = i.format === "email" ? "validation.invalid_email" : "validation.invalid_format";
    return { path, code: i.code, message: translate(locale, key, params) };
  });
}
