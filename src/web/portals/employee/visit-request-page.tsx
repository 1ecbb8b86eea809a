import { VisitRequestView } from "../../features/visits/components/visit-request-view";

export function EmployeeVisitRequestPage() {
  return <VisitRequestView portal="employee" />;
}
