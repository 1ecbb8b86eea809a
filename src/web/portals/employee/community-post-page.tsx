import { PostThread } from "../../features/community/components/post-thread";

export function EmployeeCommunityPostPage({ id }: { id: string }) {
  return <PostThread id={id} portal="employee" />;
}
