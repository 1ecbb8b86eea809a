import type { MemberStatus } from "../../../../shared/contracts/members";
import type { Role } from "../../../../shared/roles";

export type MemberFilters = { q?: string; role?: Role; status?: MemberStatus };

export const memberKeys = {
  all: ["members"] as const,
  lists: () => [...memberKeys.all, "list"] as const,
  list: (filters: MemberFilters) => [...memberKeys.lists(), filters] as const,
  total: () => [...memberKeys.all, "total"] as const,
};

export const invitationKeys = {
  all: ["invitations"] as const,
  list: () => [...invitationKeys.all, "list"] as const,
};
