import { MyVisitsPage } from "../../features/visits/components/my-visits";

export function AlumniVisitsPage() {
  return <MyVisitsPage />;
}
