import { isApiError } from "./api-client";

type FormWithErrors = { setErrors: (errors: Record<string, string>) => void };

/**
 * Puts the server's 422 field errors on the matching form fields.
 * Returns true when at least one error was placed, so callers can skip a duplicate banner.
 */
export function applyFieldErrors(form: FormWithErrors, error: unknown, knownFields: readonly string[]): boolean {
  if (!isApiError(error) || !error.problem.errors?.length) return false;
  const fieldErrors: Record<string, string> = {};
  for (const fieldError of error.problem.errors) {
    if (knownFields.includes(fieldError.path) && !(fieldError.path in fieldErrors)) {
      fieldErrors[fieldError.path] = fieldError.message;
    }
  }
  if (Object.keys(fieldErrors).length === 0) return false;
  form.setErrors(fieldErrors);
  return true;
}
