import { PostThread } from "../../features/community/components/post-thread";

export function CommunityPostPage({ id }: { id: string }) {
  return <PostThread id={id} portal="admin" />;
}
