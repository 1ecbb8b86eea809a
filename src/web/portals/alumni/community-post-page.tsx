import { PostThread } from "../../features/community/components/post-thread";

export function AlumniCommunityPostPage({ id }: { id: string }) {
  return <PostThread id={id} portal="alumni" />;
}
