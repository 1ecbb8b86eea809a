import { MyReferralsPage } from "../../features/referrals/components/my-referrals";

export function EmployeeReferralsPage() {
  return <MyReferralsPage />;
}
