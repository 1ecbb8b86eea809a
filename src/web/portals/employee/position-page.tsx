import { PositionView } from "../../features/referrals/components/position-view";

export function EmployeePositionPage({ id }: { id: string }) {
  return <PositionView id={id} />;
}
