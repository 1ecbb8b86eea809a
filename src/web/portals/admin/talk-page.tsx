import { TalkDetailPage } from "../../features/talks/components/talk-detail";

export function TalkPage({ id }: { id: string }) {
  return <TalkDetailPage id={id} />;
}
