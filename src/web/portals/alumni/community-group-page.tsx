import { GroupView } from "../../features/community/components/group-view";

export function AlumniCommunityGroupPage({ id }: { id: string }) {
  return <GroupView id={id} portal="alumni" />;
}
