import { useNavigate } from "@tanstack/react-router";
import type { RerunImportInput } from "../../../../shared/contracts/imports";
import { paths } from "../../../lib/paths";
import { useRerunImport } from "../api/rerun-import";

/** Starts a new import from this one's stored file and opens it, where its progress shows. */
export function useRerunAndOpen(importId: string) {
  const navigate = useNavigate();
  const rerun = useRerunImport();
  const start = async (input: RerunImportInput) => {
    const { id } = await rerun.mutateAsync({ id: importId, input });
    await navigate({ to: paths.admin.alumniImport, params: { importId: id } });
  };
  return { start, pending: rerun.isPending, error: rerun.error, reset: rerun.reset };
}
