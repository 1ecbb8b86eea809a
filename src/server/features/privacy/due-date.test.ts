import { describe, expect, it } from "vitest";
import { daysLeft, dueDateFor } from "./due-date";

/** An instant given as Tokyo wall-clock time. */
const tokyo = (iso: string) => new Date(`${iso}+09:00`);

describe("data-subject request due date", () => {
  it("is the end of the same Tokyo day one calendar month later", () => {
    expect(dueDateFor(tokyo("2026-04-15T10:00:00")).toISOString()).toBe(tokyo("2026-05-15T23:59:59.999").toISOString());
  });

  it("falls back to the last day of a shorter month: 31 Jan → 28 Feb, or 29 Feb in a leap year", () => {
    expect(dueDateFor(tokyo("2026-01-31T09:00:00")).toISOString()).toBe(tokyo("2026-02-28T23:59:59.999").toISOString());
    expect(dueDateFor(tokyo("2028-01-31T09:00:00")).toISOString()).toBe(tokyo("2028-02-29T23:59:59.999").toISOString());
    expect(dueDateFor(tokyo("2026-03-31T09:00:00")).toISOString()).toBe(tokyo("2026-04-30T23:59:59.999").toISOString());
  });

  it("counts from the Tokyo calendar day, not the UTC one, and crosses the year", () => {
    // 2026-01-31 20:00 UTC is already 1 February in Tokyo.
    expect(dueDateFor(new Date("2026-01-31T20:00:00Z")).toISOString()).toBe(tokyo("2026-03-01T23:59:59.999").toISOString());
    expect(dueDateFor(tokyo("2026-12-31T23:30:00")).toISOString()).toBe(tokyo("2027-01-31T23:59:59.999").toISOString());
  });

  it("counts days left in Tokyo calendar days, negative once overdue", () => {
    const due = tokyo("2026-05-15T23:59:59.999");
    expect(daysLeft(due, tokyo("2026-05-15T08:00:00"))).toBe(0);
    expect(daysLeft(due, tokyo("2026-05-12T23:00:00"))).toBe(3);
    expect(daysLeft(due, tokyo("2026-05-17T01:00:00"))).toBe(-2);
  });
});
