import type { z } from "zod";
import { Problem } from "../../shared/contracts/common";
import { currentLocale, i18n } from "../i18n";

/** A failed API call, carrying the server's problem details (already localised by the server). */
export class ApiError extends Error {
  readonly problem: Problem;
  readonly path: string;

  constructor(problem: Problem, path: string) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.problem = problem;
    this.path = path;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type AuthHandlers = {
  /** The session is gone: called once per failing request under /api/v1. */
  onUnauthorized?: () => void;
  /** The tenant now requires MFA before anything else. */
  onMfaSetupRequired?: () => void;
};

let handlers: AuthHandlers = {};

/** The one place that decides what a 401 or an MFA requirement means for the whole app. */
export function setAuthHandlers(next: AuthHandlers): void {
  handlers = next;
}

export type ApiFetchOptions<T> = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  /** A 401 is an expected answer (e.g. "who am I?" on a public page): do not redirect. */
  allowUnauthorized?: boolean;
};

function withQuery(path: string, query: ApiFetchOptions<unknown>["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function fallbackProblem(status: number, code: string): Problem {
  return {
    type: "about:blank",
    title: status === 0 ? i18n.t("errors.networkTitle") : i18n.t("errors.unexpectedTitle"),
    detail: status === 0 ? i18n.t("errors.networkDetail") : i18n.t("errors.unexpectedDetail", { status }),
    status,
    code,
    requestId: "",
  };
}

async function readProblem(res: Response): Promise<Problem> {
  try {
    const parsed = Problem.safeParse(await res.json());
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic problem.
  }
  return fallbackProblem(res.status, `http_${res.status}`);
}

export async function apiFetch<T = undefined>(path: string, options: ApiFetchOptions<T> = {}): Promise<T> {
  const { method = "GET", body, query, schema, signal, allowUnauthorized = false } = options;
  const url = withQuery(path, query);
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": currentLocale(),
  };
  // A FormData body sets its own multipart Content-Type, boundary included.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers["Content-Type"] = "application/json";

  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      credentials: "include",
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(fallbackProblem(0, "network_error"), path);
  }

  if (!res.ok) {
    const error = new ApiError(await readProblem(res), path);
    if (path.startsWith("/api/v1/")) {
      if (error.status === 401 && !allowUnauthorized) handlers.onUnauthorized?.();
      if (error.status === 403 && error.code === "mfa_setup_required") handlers.onMfaSetupRequired?.();
    }
    throw error;
  }

  if (res.status === 204 || res.headers.get("Content-Length") === "0") {
    return undefined as T;
  }
  const text = await res.text();
  if (!text) return undefined as T;
  const data: unknown = JSON.parse(text);
  if (!schema) return data as T;
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  // A contract drift should be loud in development but must not blank the screen in production.
  if (import.meta.env.DEV) console.error(`Response of ${path} does not match its contract`, parsed.error.issues);
  return data as T;
}
