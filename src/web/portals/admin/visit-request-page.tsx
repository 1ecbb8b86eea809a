import { VisitRequestView } from "../../features/visits/components/visit-request-view";

export function AdminVisitRequestPage() {
  return <VisitRequestView portal="admin" />;
}
