import type { EligibilityStatus, ExitType, ReturnInterest } from "../../../../shared/contracts/alumni";

/** The directory's filters as the API takes them (skills and tags comma-separated, all must match). */
export type AlumniFilters = {
  q?: string;
  department?: string;
  leftFrom?: number;
  leftTo?: number;
  exitType?: ExitType;
  returnInterest?: ReturnInterest;
  skills?: string;
  tags?: string;
  eligibility?: EligibilityStatus;
};

export const alumniKeys = {
  all: ["alumni"] as const,
  lists: () => [...alumniKeys.all, "list"] as const,
  list: (filters: AlumniFilters) => [...alumniKeys.lists(), filters] as const,
  total: () => [...alumniKeys.all, "total"] as const,
  count: (filters: AlumniFilters) => [...alumniKeys.total(), filters] as const,
  details: () => [...alumniKeys.all, "detail"] as const,
  detail: (id: string) => [...alumniKeys.details(), id] as const,
  history: (id: string) => [...alumniKeys.all, "history", id] as const,
  eligibility: (id: string) => [...alumniKeys.all, "eligibility", id] as const,
  eligibilityRules: () => [...alumniKeys.all, "eligibility-rules"] as const,
};
