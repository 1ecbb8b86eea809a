import { VisitDetailPage } from "../../features/visits/components/visit-detail";

export function AdminVisitPage({ id }: { id: string }) {
  return <VisitDetailPage id={id} portal="admin" />;
}
