import { DirectoryPage } from "../../features/community/components/community-home";

export function AlumniCommunityDirectoryPage() {
  return <DirectoryPage portal="alumni" />;
}
