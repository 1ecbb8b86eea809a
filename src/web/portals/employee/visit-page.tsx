import { VisitDetailPage } from "../../features/visits/components/visit-detail";

export function EmployeeVisitPage({ id }: { id: string }) {
  return <VisitDetailPage id={id} portal="employee" />;
}
