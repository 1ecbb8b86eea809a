import { AdminReferralsPage } from "../../features/referrals/components/admin-referrals";

export function ReferralsPage() {
  return <AdminReferralsPage />;
}
