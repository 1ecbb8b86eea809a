import { CommunityHome } from "../../features/community/components/community-home";

export function AlumniCommunityGroupsPage() {
  return <CommunityHome portal="alumni" />;
}
