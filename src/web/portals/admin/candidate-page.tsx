import { CandidatePageBody } from "../../features/pipeline/components/candidate-detail";

export function CandidatePage({ id }: { id: string }) {
  return <CandidatePageBody id={id} />;
}
