import { DirectoryPage } from "../../features/community/components/community-home";

export function EmployeeCommunityDirectoryPage() {
  return <DirectoryPage portal="employee" />;
}
