import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { ActionIcon, Badge, Box, Button, Group, Menu, Paper, ScrollArea, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowsExchange, IconCalendarEvent, IconGripVertical, IconUser } from "@tabler/icons-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Board, BoardColumn, CandidateCard, CandidateFilter, Stage } from "../../../../shared/contracts/pipeline";
import { AnchorLink } from "../../../components/router-links";
import { formatDateTime } from "../../../lib/dates";
import { notifyProblem } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { fetchColumnPage } from "../api/pipeline";
import { positionTitle, stageColor, stageName } from "./labels";
import { useMoveFlow } from "./move-flow";

type DragData = { card: CandidateCard };
type DropData = { stage: Stage };

const COLUMN_WIDTH = 248;

/** Pointer first (the column under the mouse); the keyboard has no pointer, so the card's own rectangle decides. */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : rectIntersection(args);
};

/**
 * Left and right arrows jump from column to column instead of nudging the card by pixels. The column aimed at is
 * remembered, so quick presses do not wait for the collision to catch up.
 */
function columnByColumn(aim: { current: string | null }): KeyboardCoordinateGetter {
  return (event, { context }) => {
    if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return undefined;
    event.preventDefault();
    const { active, over, droppableRects, droppableContainers } = context;
    if (!active) return undefined;
    const columns = droppableContainers
      .getEnabled()
      .map((container) => ({ id: String(container.id), rect: droppableRects.get(container.id) }))
      .filter((c): c is { id: string; rect: NonNullable<typeof c.rect> } => Boolean(c.rect))
      .sort((a, b) => a.rect.left - b.rect.left);
    const current = aim.current ?? (over ? String(over.id) : (active.data.current as DragData | undefined)?.card.stageId);
    const index = columns.findIndex((c) => c.id === current);
    const next = columns[index + (event.code === "ArrowRight" ? 1 : -1)];
    if (!next) return undefined;
    aim.current = next.id;
    return { x: next.rect.left + 12, y: next.rect.top + 52 };
  };
}

/** The kanban board: drag with the mouse or the keyboard, or use each card's Move menu; all three move the same way. */
export function PipelineBoard({ board, filter }: { board: Board; filter: CandidateFilter }) {
  const { t } = useTranslation();
  const flow = useMoveFlow();
  const [dragging, setDragging] = useState<CandidateCard | null>(null);
  const left = useRef(false);
  const aim = useRef<string | null>(null);
  const stages = board.columns.map((c) => c.stage);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: useMemo(() => columnByColumn(aim), []) }),
  );

  const nameOf = (data: unknown) => (data as DragData | undefined)?.card.name ?? "";
  const stageOf = (data: unknown) => {
    const stage = (data as DropData | undefined)?.stage;
    return stage ? stageName(stage) : "";
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const card = (active.data.current as DragData | undefined)?.card;
      const stage = stages.find((s) => s.id === card?.stageId);
      return t("pipeline.dnd.picked", { name: card?.name ?? "", stage: stage ? stageName(stage) : "" });
    },
    onDragOver: ({ active, over }) => {
      // Still over its own column right after being picked up: the pick-up message stays.
      const home = (active.data.current as DragData | undefined)?.card.stageId;
      if (!left.current && over?.id === home) return undefined;
      left.current = true;
      return over
        ? t("pipeline.dnd.over", { name: nameOf(active.data.current), stage: stageOf(over.data.current) })
        : t("pipeline.dnd.notOver", { name: nameOf(active.data.current) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? t("pipeline.dnd.dropped", { name: nameOf(active.data.current), stage: stageOf(over.data.current) })
        : t("pipeline.dnd.droppedNowhere", { name: nameOf(active.data.current) }),
    onDragCancel: ({ active }) => t("pipeline.dnd.cancelled", { name: nameOf(active.data.current) }),
  };

  const onDragStart = (event: DragStartEvent) => {
    left.current = false;
    aim.current = null;
    setDragging((event.active.data.current as DragData | undefined)?.card ?? null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = (event.active.data.current as DragData | undefined)?.card;
    const stage = (event.over?.data.current as DropData | undefined)?.stage;
    if (card && stage && stage.id !== card.stageId) flow.request(card, stage);
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("pipeline.dnd.instructions") } }}
      >
        <ScrollArea type="auto" offsetScrollbars scrollbarSize={10} aria-label={t("pipeline.board.label")}>
          <Group align="flex-start" gap="sm" wrap="nowrap" pb="sm" role="list" aria-label={t("pipeline.board.label")}>
            {board.columns.map((column) => (
              <Column key={column.stage.id} column={column} stages={stages} filter={filter} onMove={flow.request} />
            ))}
          </Group>
        </ScrollArea>
        <DragOverlay dropAnimation={null}>{dragging ? <CardView card={dragging} stages={stages} overlay /> : null}</DragOverlay>
      </DndContext>
      {flow.modals}
    </>
  );
}

function Column({
  column,
  stages,
  filter,
  onMove,
}: {
  column: BoardColumn;
  stages: Stage[];
  filter: CandidateFilter;
  onMove: (card: CandidateCard, stage: Stage) => void;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, data: { stage: column.stage } satisfies DropData });
  const [more, setMore] = useState<{ cards: CandidateCard[]; cursor: string | null; loading: boolean }>({
    cards: [],
    cursor: column.nextCursor,
    loading: false,
  });
  useEffect(() => setMore({ cards: [], cursor: column.nextCursor, loading: false }), [column.nextCursor]);
  const cards = useMemo(() => [...column.cards, ...more.cards.filter((c) => !column.cards.some((x) => x.id === c.id))], [column.cards, more.cards]);
  const headingId = `stage-${column.stage.id}`;

  const loadMore = async () => {
    if (!more.cursor) return;
    setMore((m) => ({ ...m, loading: true }));
    try {
      const page = await fetchColumnPage(filter, column.stage.id, more.cursor);
      setMore((m) => ({ cards: [...m.cards, ...page.items], cursor: page.nextCursor, loading: false }));
    } catch (error) {
      setMore((m) => ({ ...m, loading: false }));
      notifyProblem(error);
    }
  };

  return (
    <Paper
      ref={setNodeRef}
      role="listitem"
      aria-labelledby={headingId}
      data-stage-key={column.stage.key}
      radius="md"
      p="xs"
      w={COLUMN_WIDTH}
      miw={COLUMN_WIDTH}
      bg={isOver ? "blue.0" : "gray.0"}
      style={{ outline: isOver ? "2px dashed var(--mantine-color-blue-5)" : undefined, transition: "background-color 120ms" }}
    >
      <Group justify="space-between" mb="xs" px={4} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Box w={8} h={8} bg={`${stageColor(column.stage)}.6`} style={{ borderRadius: 4 }} aria-hidden />
          <Text fw={700} size="sm" id={headingId} component="h2">
            {stageName(column.stage)}
          </Text>
        </Group>
        <Badge variant="light" color={stageColor(column.stage)} size="sm" aria-label={t("pipeline.board.count", { count: column.total })}>
          {column.total}
        </Badge>
      </Group>
      <Stack gap="xs" mih={80}>
        {cards.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t("pipeline.board.emptyColumn")}
          </Text>
        ) : (
          cards.map((card) => <DraggableCard key={card.id} card={card} stages={stages} onMove={onMove} />)
        )}
        {more.cursor ? (
          <Button variant="subtle" size="xs" loading={more.loading} onClick={() => void loadMore()}>
            {t("pipeline.board.loadMore", { count: column.total - cards.length })}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}

function DraggableCard({ card, stages, onMove }: { card: CandidateCard; stages: Stage[]; onMove: (card: CandidateCard, stage: Stage) => void }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card } satisfies DragData });
  // The whole card answers the mouse; only its handle answers the keyboard, so the name link and menu stay ordinary controls.
  const onPointerDown = listeners?.onPointerDown as React.PointerEventHandler | undefined;
  const onKeyDown = listeners?.onKeyDown as React.KeyboardEventHandler | undefined;
  return (
    <div ref={setNodeRef} onPointerDown={onPointerDown} style={{ opacity: isDragging ? 0.35 : 1, touchAction: "manipulation" }}>
      <CardView card={card} stages={stages} onMove={onMove} handle={{ attributes, onKeyDown }} />
    </div>
  );
}

type Handle = { attributes: ReturnType<typeof useDraggable>["attributes"]; onKeyDown?: (event: React.KeyboardEvent) => void };

function CardView({
  card,
  stages,
  onMove,
  handle,
  overlay,
}: {
  card: CandidateCard;
  stages: Stage[];
  onMove?: (card: CandidateCard, stage: Stage) => void;
  handle?: Handle;
  overlay?: boolean;
}) {
  const { t } = useTranslation();
  const title = positionTitle(card);
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      shadow={overlay ? "lg" : "xs"}
      data-candidate-card={card.name}
      style={{ cursor: overlay ? "grabbing" : "grab", transform: overlay ? "rotate(2deg)" : undefined }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Tooltip label={t("pipeline.card.dragHandle", { name: card.name })} openDelay={600} multiline w={260} disabled={overlay}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            mt={2}
            aria-label={t("pipeline.card.dragHandle", { name: card.name })}
            {...handle?.attributes}
            role="button"
            onKeyDown={handle?.onKeyDown}
            style={{ cursor: "grab" }}
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap" justify="space-between">
            {overlay ? (
              <Text fw={600} size="sm" truncate>
                {card.name}
              </Text>
            ) : (
              <AnchorLink to={paths.admin.candidate} params={{ id: card.id }} fw={600} size="sm" truncate>
                {card.name}
              </AnchorLink>
            )}
            {card.alumnusId ? (
              <Badge size="xs" color="grape" variant="light" style={{ flexShrink: 0 }}>
                {t("pipeline.card.alumnus")}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {title ?? t("pipeline.card.noPosition")}
          </Text>
          <Group gap={6} mt={2}>
            <Badge size="xs" variant="outline" color="gray">
              {t(`pipeline.source.${card.source}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {card.daysInStage === 0 ? t("pipeline.card.daysToday") : t("pipeline.card.days", { count: card.daysInStage })}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap" justify="space-between">
            <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
              <IconUser size={12} aria-hidden color="var(--mantine-color-dimmed)" />
              <Text size="xs" c="dimmed" truncate>
                {card.ownerName ?? t("pipeline.card.noOwner")}
              </Text>
            </Group>
            {onMove ? (
              <Menu position="bottom-end" withinPortal shadow="md">
                <Menu.Target>
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    leftSection={<IconArrowsExchange size={12} aria-hidden />}
                    aria-label={t("pipeline.card.moveMenu", { name: card.name })}
                  >
                    {t("pipeline.card.move")}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{t("pipeline.card.moveTo")}</Menu.Label>
                  {stages
                    .filter((s) => s.id !== card.stageId)
                    .map((stage) => (
                      <Menu.Item key={stage.id} onClick={() => onMove(card, stage)} color={stage.kind === "declined" ? "red" : undefined}>
                        {stageName(stage)}
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
          {card.nextInterviewAt ? (
            <Group gap={4} wrap="nowrap">
              <IconCalendarEvent size={12} aria-hidden color="var(--mantine-color-blue-6)" />
              <Text size="xs" c="blue.9">
                {t("pipeline.card.nextInterview", { when: formatDateTime(card.nextInterviewAt) })}
              </Text>
            </Group>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
