import { GroupView } from "../../features/community/components/group-view";

export function CommunityGroupPage({ id }: { id: string }) {
  return <GroupView id={id} portal="admin" />;
}
