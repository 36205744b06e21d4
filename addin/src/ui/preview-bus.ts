/** File mode has no Excel grid to select in: the host's select() announces the cell, the preview shows it. */
import type { CellRef } from '@thidua/core/sheet';

export interface SelectedCell {
  sheet: string;
  at: CellRef;
}

type Listener = (cell: SelectedCell) => void;
const listeners = new Set<Listener>();

export function highlightCell(sheet: string, at: CellRef): void {
  for (const listener of listeners) listener({ sheet, at });
}

export function onHighlight(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
