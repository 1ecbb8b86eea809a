import { GroupView } from "../../features/community/components/group-view";

export function EmployeeCommunityGroupPage({ id }: { id: string }) {
  return <GroupView id={id} portal="employee" />;
}
