import { CommunityHome } from "../../features/community/components/community-home";

export function EmployeeCommunityGroupsPage() {
  return <CommunityHome portal="employee" />;
}
