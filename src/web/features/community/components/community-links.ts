import { paths } from "../../../lib/paths";

export type CommunityPortal = "admin" | "alumni" | "employee";

/** Where the community's pages live in each portal: one set of components serves all three. */
export function communityPaths(portal: CommunityPortal) {
  if (portal === "admin") return { groups: paths.admin.community, group: paths.admin.communityGroup, post: paths.admin.communityPost } as const;
  if (portal === "employee") return { groups: paths.employee.community, group: paths.employee.communityGroup, post: paths.employee.communityPost } as const;
  return { groups: paths.alumni.community, group: paths.alumni.communityGroup, post: paths.alumni.communityPost } as const;
}

/** A concrete address (for places that hold a string, such as a notice's link). */
export const withId = (pattern: string, id: string) => pattern.replace("$id", encodeURIComponent(id));
