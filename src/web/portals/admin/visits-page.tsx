import { VisitListPage } from "../../features/visits/components/visit-list";

export function AdminVisitsPage() {
  return <VisitListPage portal="admin" />;
}
