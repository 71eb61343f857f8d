import type { ClientRect, SensorContext } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';

import { columnByColumn } from './column-by-column';

function rect(left: number, width = 100): ClientRect {
  return { left, width, top: 0, height: 500, right: left + width, bottom: 500 };
}

/** Three columns side by side; the lifted card (40 px wide) sits in the one at `over`. */
function lift(over: number) {
  const columns = [rect(0), rect(110), rect(220)];
  const card = rect((columns[over]?.left ?? 0) + 30, 40);
  const context = {
    collisionRect: card,
    droppableRects: new Map(columns.map((column, index) => [`stage-${String(index)}`, column])),
  } as unknown as SensorContext;
  return (code: string) =>
    columnByColumn(new KeyboardEvent('keydown', { code }), {
      active: 'card',
      context,
      currentCoordinates: { x: card.left, y: 40 },
    });
}

describe('moving a lifted card by keyboard', () => {
  it('takes it to the middle of the next column with one press of Right', () => {
    expect(lift(0)('ArrowRight')).toEqual({ x: 110 + 50 - 20, y: 40 });
  });

  it('takes it to the middle of the column before with one press of Left', () => {
    expect(lift(2)('ArrowLeft')).toEqual({ x: 110 + 50 - 20, y: 40 });
  });

  it('moves it nowhere past the last column, nor up or down', () => {
    expect(lift(2)('ArrowRight')).toBeUndefined();
    expect(lift(0)('ArrowLeft')).toBeUndefined();
    expect(lift(1)('ArrowDown')).toBeUndefined();
  });
});
