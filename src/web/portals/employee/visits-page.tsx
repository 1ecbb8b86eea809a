import { VisitListPage } from "../../features/visits/components/visit-list";

export function EmployeeVisitsPage() {
  return <VisitListPage portal="employee" />;
}
