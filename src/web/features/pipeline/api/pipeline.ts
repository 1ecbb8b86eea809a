import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Activity,
  ActivityPage,
  Board,
  CandidateCard,
  CandidateDetail,
  type CandidateFilter,
  CandidatePage,
  type CandidatePatch,
  type CandidateSort,
  type EmailInput,
  Interview,
  type InterviewInput,
  type InterviewPatch,
  type MoveInput,
  type NewCandidateInput,
  type NoteInput,
  PipelineOptions,
  StageList,
  type StagesInput,
} from "../../../../shared/contracts/pipeline";
import { apiFetch } from "../../../lib/api-client";
import { downloadFile } from "../../../lib/download-file";

export const pipelineKeys = {
  all: ["pipeline"] as const,
  stages: () => [...pipelineKeys.all, "stages"] as const,
  options: () => [...pipelineKeys.all, "options"] as const,
  boards: () => [...pipelineKeys.all, "board"] as const,
  board: (filter: CandidateFilter) => [...pipelineKeys.boards(), filter] as const,
  lists: () => [...pipelineKeys.all, "list"] as const,
  list: (query: CandidateListParams) => [...pipelineKeys.lists(), query] as const,
  detail: (id: string) => [...pipelineKeys.all, "candidate", id] as const,
  activities: (id: string) => [...pipelineKeys.all, "activities", id] as const,
};

export type CandidateListParams = CandidateFilter & { sort: CandidateSort; order: "asc" | "desc"; alumnusId?: string };

export function useStages() {
  return useQuery({ queryKey: pipelineKeys.stages(), queryFn: ({ signal }) => apiFetch("/api/v1/pipeline/stages", { schema: StageList, signal }) });
}

export function usePipelineOptions() {
  return useQuery({
    queryKey: pipelineKeys.options(),
    queryFn: ({ signal }) => apiFetch("/api/v1/pipeline/options", { schema: PipelineOptions, signal }),
    staleTime: 60_000,
  });
}

export function useBoard(filter: CandidateFilter) {
  return useQuery({
    queryKey: pipelineKeys.board(filter),
    queryFn: ({ signal }) => apiFetch("/api/v1/pipeline/board", { query: filter, schema: Board, signal }),
    placeholderData: keepPreviousData,
  });
}

/** More cards of one column, after the board's first 30 (newest in the stage first). */
export function fetchColumnPage(filter: CandidateFilter, stageId: string, cursor: string) {
  return apiFetch("/api/v1/pipeline/candidates", { query: { ...filter, stageId, cursor, sort: "days", order: "asc", limit: 30 }, schema: CandidatePage });
}

export function useCandidates(query: CandidateListParams, enabled = true) {
  return useInfiniteQuery({
    queryKey: pipelineKeys.list(query),
    queryFn: ({ pageParam, signal }) =>
      apiFetch("/api/v1/pipeline/candidates", { query: { ...query, cursor: pageParam, limit: 50 }, schema: CandidatePage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCandidate(id: string) {
  return useQuery({
    queryKey: pipelineKeys.detail(id),
    queryFn: ({ signal }) => apiFetch(`/api/v1/pipeline/candidates/${id}`, { schema: CandidateDetail, signal }),
  });
}

export function useActivities(id: string) {
  return useInfiniteQuery({
    queryKey: pipelineKeys.activities(id),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(`/api/v1/pipeline/candidates/${id}/activities`, { query: { cursor: pageParam, limit: 30 }, schema: ActivityPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function withCardMoved(board: Board, cardId: string, stageId: string): Board {
  const card = board.columns.flatMap((c) => c.cards).find((c) => c.id === cardId);
  if (!card) return board;
  return {
    columns: board.columns.map((column) => {
      if (column.stage.id === card.stageId && column.stage.id !== stageId)
        return { ...column, total: Math.max(0, column.total - 1), cards: column.cards.filter((c) => c.id !== cardId) };
      if (column.stage.id === stageId && card.stageId !== stageId)
        return {
          ...column,
          total: column.total + 1,
          cards: [{ ...card, stageId, daysInStage: 0, stageEnteredAt: new Date().toISOString(), closed: column.stage.kind !== "open" }, ...column.cards],
        };
      return column;
    }),
  };
}

function withCardReplaced(board: Board, card: CandidateCard): Board {
  return { columns: board.columns.map((column) => ({ ...column, cards: column.cards.map((c) => (c.id === card.id ? card : c)) })) };
}

export type MoveVariables = MoveInput & { id: string };

/** A stage move, shown at once on every cached board and rolled back if the server refuses it. */
export function useMoveCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: MoveVariables) => apiFetch(`/api/v1/pipeline/candidates/${id}/move`, { method: "POST", body: input, schema: CandidateCard }),
    onMutate: async ({ id, stageId }) => {
      await queryClient.cancelQueries({ queryKey: pipelineKeys.boards() });
      const snapshots = queryClient.getQueriesData<Board>({ queryKey: pipelineKeys.boards() });
      queryClient.setQueriesData<Board>({ queryKey: pipelineKeys.boards() }, (board) => (board ? withCardMoved(board, id, stageId) : board));
      return { snapshots };
    },
    onError: (_error, _vars, context) => {
      for (const [key, data] of context?.snapshots ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (card) => {
      queryClient.setQueriesData<Board>({ queryKey: pipelineKeys.boards() }, (board) => (board ? withCardReplaced(board, card) : board));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: pipelineKeys.all });
      void queryClient.invalidateQueries({ queryKey: ["alumni"] });
    },
  });
}

function usePipelineMutation<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.all }) });
}

export const useSaveStages = () =>
  usePipelineMutation((input: StagesInput) => apiFetch("/api/v1/pipeline/stages", { method: "PUT", body: input, schema: StageList }));
export const useAddCandidate = () =>
  usePipelineMutation((input: NewCandidateInput) => apiFetch("/api/v1/pipeline/candidates", { method: "POST", body: input, schema: CandidateDetail }));
export const useUpdateCandidate = (id: string) =>
  usePipelineMutation((input: CandidatePatch) => apiFetch(`/api/v1/pipeline/candidates/${id}`, { method: "PATCH", body: input, schema: CandidateDetail }));
export const useAddNote = (id: string) =>
  usePipelineMutation((input: NoteInput) => apiFetch(`/api/v1/pipeline/candidates/${id}/notes`, { method: "POST", body: input, schema: Activity }));
export const useEmailCandidate = (id: string) =>
  usePipelineMutation((input: EmailInput) => apiFetch(`/api/v1/pipeline/candidates/${id}/emails`, { method: "POST", body: input, schema: Activity }));
export const useScheduleInterview = (id: string) =>
  usePipelineMutation((input: InterviewInput) => apiFetch(`/api/v1/pipeline/candidates/${id}/interviews`, { method: "POST", body: input, schema: Interview }));
export const useChangeInterview = () =>
  usePipelineMutation(({ id, ...input }: InterviewPatch & { id: string }) =>
    apiFetch(`/api/v1/pipeline/interviews/${id}`, { method: "PATCH", body: input, schema: Interview }),
  );
export const useCancelInterview = () =>
  usePipelineMutation((id: string) => apiFetch(`/api/v1/pipeline/interviews/${id}/cancel`, { method: "POST", schema: Interview }));

export const downloadInterviewCalendar = (id: string) => downloadFile(`/api/v1/pipeline/interviews/${id}/calendar`, "okaeri-interview.ics");
