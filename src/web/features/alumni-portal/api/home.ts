import { useQuery } from "@tanstack/react-query";
import { AlumniHome } from "../../../../shared/contracts/alumni-portal";
import { apiFetch } from "../../../lib/api-client";
import { alumniPortalKeys } from "./keys";

export function useAlumniHome() {
  return useQuery({
    queryKey: alumniPortalKeys.home(),
    queryFn: ({ signal }) => apiFetch("/api/v1/me/alumni/home", { schema: AlumniHome, signal }),
  });
}
