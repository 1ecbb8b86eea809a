import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { BulkTagInput } from "../../../../shared/contracts/alumni";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

const BulkTagResult = z.object({ updated: z.number().int() });
type BulkTagResult = z.infer<typeof BulkTagResult>;

export function bulkTagAlumni(input: BulkTagInput): Promise<BulkTagResult> {
  return apiFetch("/api/v1/alumni/bulk-tag", { method: "POST", body: input, schema: BulkTagResult });
}

export function useBulkTagAlumni() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkTagAlumni,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: alumniKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.details() });
    },
  });
}
