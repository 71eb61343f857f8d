import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Moves a card lifted by keyboard a whole column at a time: Right takes it over the next column,
 * Left over the one before, so reaching a column takes one press per column in between (not
 * several presses per column, as the default step of a few pixels does). Other keys move nothing.
 */
export const columnByColumn: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates, context },
) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const { collisionRect, droppableRects } = context;
  if (direction === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const next =
    direction > 0
      ? columns.find((rect) => rect.left > centre)
      : columns.reverse().find((rect) => rect.left + rect.width < centre);
  if (!next) return undefined;
  return {
    x: next.left + next.width / 2 - collisionRect.width / 2,
    y: currentCoordinates.y,
  };
};
