import type { Db } from "../../db/client";
import { domainEvents } from "../../db/schema/recruiting";
import type { AppDeps } from "../context";

/** Events other features react to; ids and codes only, personal data is read through the records. */
export interface DomainEventMap {
  "candidate.hired": { candidateId: string; alumnusId: string | null; positionId: string | null; source: string; referrerUserId: string | null };
}
export type DomainEventType = keyof DomainEventMap;

export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  tenantId: string;
  type: T;
  subjectId: string | null;
  actorUserId: string | null;
  payload: DomainEventMap[T];
}

type Listener<T extends DomainEventType> = (deps: AppDeps, tx: Db, event: DomainEvent<T>) => Promise<void>;
const listeners = new Map<DomainEventType, Listener<DomainEventType>[]>();

/** Subscribes `listener` to `type`; it runs in the publisher's transaction, so both commit or neither does. */
export function onDomainEvent<T extends DomainEventType>(type: T, name: string, listener: Listener<T>): void {
  const named = Object.assign(listener as Listener<DomainEventType>, { listenerName: name });
  const current = (listeners.get(type) ?? []).filter((l) => (l as { listenerName?: string }).listenerName !== name);
  listeners.set(type, [...current, named]);
}

/** Records the event (a durable log later features and analytics read) and runs its listeners in `tx`. */
export async function publishDomainEvent<T extends DomainEventType>(deps: AppDeps, tx: Db, event: DomainEvent<T>): Promise<void> {
  await tx.insert(domainEvents).values({
    tenantId: event.tenantId,
    type: event.type,
    subjectId: event.subjectId,
    actorUserId: event.actorUserId,
    payload: event.payload as unknown as Record<string, unknown>,
  });
  for (const listener of listeners.get(event.type) ?? []) await listener(deps, tx, event as DomainEvent);
}
