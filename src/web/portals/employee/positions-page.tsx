import { PositionListPage } from "../../features/referrals/components/position-list";

export function EmployeePositionsPage() {
  return <PositionListPage />;
}
