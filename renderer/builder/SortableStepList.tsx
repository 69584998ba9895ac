import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical, MicOff, Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { formatLength } from '../i18n/format';
import { i18n } from '../i18n/i18n';
import { bodyAreaLabel, techniqueLabel } from '../i18n/vocabulary';
import { TechniqueIcon } from '../ui/TechniqueIcon';
import { lengthChoices, moveItem, type DraftStep } from './routine-draft';
import './SortableStepList.css';

/** Which control to give focus back to once a moved step has settled in its new place. */
interface PendingFocus {
  key: string;
  control: 'up' | 'down' | 'handle';
}

export function SortableStepList(props: {
  steps: readonly DraftStep[];
  onChange: (steps: DraftStep[]) => void;
  onAnnounce: (message: string) => void;
}) {
  const { steps, onChange, onAnnounce } = props;
  const { t } = useTranslation('builder');
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const listRef = useRef<HTMLOListElement>(null);
  // A ref, not state: it is read once after the list re-renders and needs no render itself.
  const pendingFocus = useRef<PendingFocus | null>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-step-key="${pending.key}"]`);
    const control = (name: PendingFocus['control']) =>
      item?.querySelector<HTMLButtonElement>(`[data-control="${name}"]:not(:disabled)`);
    // A step moved to an end has that way disabled; the other way is the next useful stop.
    const other = pending.control === 'up' ? 'down' : 'up';
    (control(pending.control) ?? control(other) ?? control('handle'))?.focus();
  }, [steps]);

  const names = stepNames(steps);
  const titleOf = (id: UniqueIdentifier) => names.get(String(id)) ?? t('sortableStepList.theStep');
  const positionOf = (id: UniqueIdentifier) => steps.findIndex((item) => item.key === id) + 1;
  const total = steps.length;

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('sortableStepList.pickedUp', {
        name: titleOf(active.id),
        position: positionOf(active.id),
        total,
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('sortableStepList.over', {
            name: titleOf(active.id),
            position: positionOf(over.id),
            total,
          })
        : t('sortableStepList.notOver', { name: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('sortableStepList.dropped', {
            name: titleOf(active.id),
            position: positionOf(over.id),
            total,
          })
        : t('sortableStepList.droppedBack', { name: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('sortableStepList.cancelled', { name: titleOf(active.id) }),
  };

  const move = (from: number, to: number, control: PendingFocus['control']) => {
    const item = steps[from];
    if (!item || to < 0 || to >= steps.length) return;
    onChange(moveItem(steps, from, to));
    pendingFocus.current = { key: item.key, control };
    onAnnounce(
      t('sortableStepList.moved', {
        name: names.get(item.key) ?? item.step.title,
        position: to + 1,
        total,
      }),
    );
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = steps.findIndex((item) => item.key === active.id);
    const to = steps.findIndex((item) => item.key === over.id);
    if (from >= 0 && to >= 0) onChange(moveItem(steps, from, to));
  };

  const setSeconds = (index: number, seconds: number) => {
    const item = steps[index];
    if (!item) return;
    const next = [...steps];
    next[index] = {
      ...item,
      step: { ...item.step, seconds: { ...item.step.seconds, default: seconds } },
    };
    onChange(next);
  };

  const remove = (index: number) => {
    const item = steps[index];
    if (!item) return;
    onChange(steps.filter((_, i) => i !== index));
    onAnnounce(
      t('sortableStepList.removed', {
        name: names.get(item.key) ?? item.step.title,
        count: steps.length - 1,
      }),
    );
    // The neighbour takes the place and the focus; with none left, the list's heading does.
    const neighbour = steps[index + 1] ?? steps[index - 1];
    if (neighbour) pendingFocus.current = { key: neighbour.key, control: 'handle' };
    else document.getElementById('routine-steps-title')?.focus();
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: t('sortableStepList.instructions'),
        },
      }}
    >
      <SortableContext items={steps.map((item) => item.key)} strategy={verticalListSortingStrategy}>
        <ol className="draft-steps" ref={listRef} aria-label={t('sortableStepList.list')}>
          {steps.map((item, index) => (
            <SortableStep
              key={item.key}
              item={item}
              name={names.get(item.key) ?? item.step.title}
              index={index}
              count={steps.length}
              onMove={move}
              onSeconds={setSeconds}
              onRemove={remove}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

/**
 * What the controls call each step: its title, with its place when the same step is in the
 * list twice, so "Move Slow breathing up" is never ambiguous.
 */
function stepNames(steps: readonly DraftStep[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const { step } of steps) counts.set(step.title, (counts.get(step.title) ?? 0) + 1);
  return new Map(
    steps.map(({ key, step }, index) => [
      key,
      (counts.get(step.title) ?? 0) > 1
        ? i18n.t('builder:sortableStepList.numberedName', { title: step.title, number: index + 1 })
        : step.title,
    ]),
  );
}

function SortableStep(props: {
  item: DraftStep;
  name: string;
  index: number;
  count: number;
  onMove: (from: number, to: number, control: PendingFocus['control']) => void;
  onSeconds: (index: number, seconds: number) => void;
  onRemove: (index: number) => void;
}) {
  const { item, name, index, count } = props;
  const { t } = useTranslation('builder');
  const { step, origin } = item;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: item.key });
  const recorded = origin.kind !== 'own' && origin.recorded;
  const bounds = { min: step.seconds.min, max: step.seconds.max };
  const lengthId = `length-${item.key}`;

  return (
    <li
      ref={setNodeRef}
      className="draft-step"
      data-step-key={item.key}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        data-control="handle"
        {...attributes}
        {...listeners}
        aria-label={t('sortableStep.drag', { name })}
      >
        <GripVertical aria-hidden="true" size={18} />
      </button>
      <span className="draft-step-number tabular" aria-hidden="true">
        {index + 1}
      </span>
      <div className="draft-step-body">
        <div className="draft-step-top">
          <h3 className="draft-step-title">{step.title}</h3>
          <div className="draft-step-actions">
            <button
              type="button"
              className="icon-button"
              data-control="up"
              disabled={index === 0}
              aria-label={t('sortableStep.moveUp', { name })}
              title={t('sortableStep.moveUpTitle')}
              onClick={() => props.onMove(index, index - 1, 'up')}
            >
              <ArrowUp aria-hidden="true" size={18} />
            </button>
            <button
              type="button"
              className="icon-button"
              data-control="down"
              disabled={index === count - 1}
              aria-label={t('sortableStep.moveDown', { name })}
              title={t('sortableStep.moveDownTitle')}
              onClick={() => props.onMove(index, index + 1, 'down')}
            >
              <ArrowDown aria-hidden="true" size={18} />
            </button>
            <button
              type="button"
              className="icon-button"
              data-control="remove"
              aria-label={t('sortableStep.remove', { name })}
              title={t('sortableStep.removeTitle')}
              onClick={() => props.onRemove(index)}
            >
              <Trash2 aria-hidden="true" size={18} />
            </button>
          </div>
        </div>
        <p className="draft-step-meta">
          <TechniqueIcon technique={step.technique} size={14} />
          {techniqueLabel(step.technique)} · {step.bodyAreas.map(bodyAreaLabel).join(', ')}
          {origin.kind === 'catalogue' && (
            <> · {t('sortableStep.from', { routine: origin.routineTitle })}</>
          )}
          {origin.kind === 'own' && <> · {t('sortableStep.ownStep')}</>}
        </p>
        <div className="draft-step-controls">
          <label className="length-field" htmlFor={lengthId}>
            <span>
              {t('sortableStep.length')}
              <span className="visually-hidden"> {t('sortableStep.lengthOf', { name })}</span>
            </span>
            <select
              id={lengthId}
              value={step.seconds.default}
              onChange={(e) => props.onSeconds(index, Number(e.target.value))}
            >
              {lengthChoices(bounds, step.seconds.default).map((seconds) => (
                <option key={seconds} value={seconds}>
                  {formatLength(seconds)}
                </option>
              ))}
            </select>
          </label>
          {!recorded && (
            <p className="no-voice">
              <MicOff aria-hidden="true" size={14} />
              {t('sortableStep.noVoice')}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
