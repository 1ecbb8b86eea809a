import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Attendee,
  AttendeeList,
  type CheckInInput,
  EventDetail,
  type EventInput,
  EventPage,
  type EventWhen,
  type FollowUpInput,
  FollowUpResult,
  type InviteInput,
  InviteResult,
  MyEvent,
  MyEventList,
  type RsvpResponse,
} from "../../../../shared/contracts/events";
import type { Segment } from "../../../../shared/contracts/segments";
import { apiFetch } from "../../../lib/api-client";

export const eventKeys = {
  all: ["events"] as const,
  list: (when: EventWhen) => [...eventKeys.all, "list", when] as const,
  detail: (id: string) => [...eventKeys.all, "detail", id] as const,
  attendees: (id: string) => [...eventKeys.all, "attendees", id] as const,
  audience: (id: string, segment: Segment) => [...eventKeys.all, "audience", id, segment] as const,
  mine: () => [...eventKeys.all, "mine"] as const,
  myEvent: (id: string) => [...eventKeys.all, "mine", id] as const,
};

export function eventsInfiniteQueryOptions(when: EventWhen) {
  return infiniteQueryOptions({
    queryKey: eventKeys.list(when),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/events", { query: { when, cursor: pageParam, limit: 20 }, schema: EventPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export const useEvents = (when: EventWhen) => useInfiniteQuery(eventsInfiniteQueryOptions(when));

export function eventQueryOptions(id: string) {
  return queryOptions({ queryKey: eventKeys.detail(id), queryFn: ({ signal }) => apiFetch(`/api/v1/events/${id}`, { schema: EventDetail, signal }) });
}

export const useEvent = (id: string) => useQuery(eventQueryOptions(id));

export function useAttendees(id: string, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: eventKeys.attendees(id),
    queryFn: ({ signal }) => apiFetch(`/api/v1/events/${id}/attendees`, { schema: AttendeeList, signal }),
    refetchInterval: options.refetchInterval,
  });
}

function useInvalidateEvents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: eventKeys.all });
}

export function useCreateEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (input: EventInput) => apiFetch("/api/v1/events", { method: "POST", body: input, schema: EventDetail }),
    onSuccess: invalidate,
  });
}

export function useUpdateEvent(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (input: EventInput) => apiFetch(`/api/v1/events/${id}`, { method: "PUT", body: input, schema: EventDetail }),
    onSuccess: invalidate,
  });
}

export function useCancelEvent(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/events/${id}/cancel`, { method: "POST", schema: EventDetail }),
    onSuccess: invalidate,
  });
}

export function useInviteAudience(id: string, segment: Segment) {
  return useQuery({
    queryKey: eventKeys.audience(id, segment),
    queryFn: ({ signal }) => apiFetch(`/api/v1/events/${id}/invitations/audience`, { method: "POST", body: { segment }, schema: InviteResult, signal }),
  });
}

export function useInvite(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (input: InviteInput) => apiFetch(`/api/v1/events/${id}/invitations`, { method: "POST", body: input, schema: InviteResult }),
    onSuccess: invalidate,
  });
}

export function useCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) => apiFetch(`/api/v1/events/${id}/check-in`, { method: "POST", body: input, schema: Attendee }),
    onSuccess: (attendee) => {
      queryClient.setQueryData(eventKeys.attendees(id), (list: AttendeeList | undefined) =>
        list ? { items: list.items.map((a) => (a.rsvpId === attendee.rsvpId ? attendee : a)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) });
    },
  });
}

export function useSendFollowUp(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (input: FollowUpInput) => apiFetch(`/api/v1/events/${id}/follow-up`, { method: "POST", body: input, schema: FollowUpResult }),
    onSuccess: invalidate,
  });
}

export const useMyEvents = () =>
  useQuery({ queryKey: eventKeys.mine(), queryFn: ({ signal }) => apiFetch("/api/v1/me/events", { schema: MyEventList, signal }) });

export const useMyEvent = (id: string) =>
  useQuery({ queryKey: eventKeys.myEvent(id), queryFn: ({ signal }) => apiFetch(`/api/v1/me/events/${id}`, { schema: MyEvent, signal }) });

export function useAnswer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (response: RsvpResponse | null) =>
      response
        ? apiFetch(`/api/v1/me/events/${id}/rsvp`, { method: "PUT", body: { response }, schema: MyEvent })
        : apiFetch(`/api/v1/me/events/${id}/rsvp`, { method: "DELETE", schema: MyEvent }),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.myEvent(id), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.mine() });
    },
  });
}

/** Where the browser downloads my .ics (a plain link: the session cookie goes with it). */
export const myCalendarUrl = (id: string) => `/api/v1/me/events/${id}/calendar.ics`;
