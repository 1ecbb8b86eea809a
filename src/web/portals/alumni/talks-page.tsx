import { MyTalksPage } from "../../features/talks/components/my-talks";

export function AlumniTalksPage() {
  return <MyTalksPage />;
}
