import type { ExitType, ReturnInterest } from "../../../../shared/contracts/alumni";

/** The directory's filters as the API takes them (skills comma-separated, all must match). */
export type AlumniFilters = {
  q?: string;
  department?: string;
  leftFrom?: number;
  leftTo?: number;
  exitType?: ExitType;
  returnInterest?: ReturnInterest;
  skills?: string;
};

export const alumniKeys = {
  all: ["alumni"] as const,
  lists: () => [...alumniKeys.all, "list"] as const,
  list: (filters: AlumniFilters) => [...alumniKeys.lists(), filters] as const,
  total: () => [...alumniKeys.all, "total"] as const,
  details: () => [...alumniKeys.all, "detail"] as const,
  detail: (id: string) => [...alumniKeys.details(), id] as const,
  history: (id: string) => [...alumniKeys.all, "history", id] as const,
};
