/**
 * Where each slide goes in the overview (`O`), so that every part of the event is on screen at once.
 * reveal's own overview draws one column per part at a fixed scale around the current slide: at
 * 1920×1080 only about three of the seven parts showed. Here each part is a group of columns of at
 * most `rows` slides (filled top to bottom, then the next column), and `rows` is chosen to give the
 * slides the largest scale at which the whole grid fits the free area. Pure: unit-tested on numbers.
 */
export interface OverviewGeometry {
  /** One slide, in the deck's logical pixels (DECK_CONFIG). */
  slideWidth: number;
  slideHeight: number;
  /** Between two slides of one part, logical px. */
  gap: number;
  /** Between two parts, logical px: wider, so the groups read as groups. */
  groupGap: number;
}

export interface OverviewArea {
  /** The free area on screen, CSS px (the viewport minus labels and margins). */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface OverviewPlan {
  /** Logical px to screen px. */
  scale: number;
  rows: number;
  /** Screen position of the grid's top left corner. */
  x: number;
  y: number;
  /** Per part: its left edge and width (logical px) and each slide's offset inside the part. */
  groups: { x: number; width: number; slides: { x: number; y: number }[] }[];
  /** The grid's size, logical px. */
  width: number;
  height: number;
}

const columns = (count: number, rows: number): number => Math.max(1, Math.ceil(count / rows));

/** The grid's logical size for a number of rows. */
function gridSize(counts: readonly number[], rows: number, g: OverviewGeometry): { width: number; height: number } {
  const cols = counts.map((n) => columns(n, rows));
  const inner = cols.reduce((sum, c) => sum + c * g.slideWidth + (c - 1) * g.gap, 0);
  const used = Math.min(rows, Math.max(1, ...counts));
  return { width: inner + Math.max(0, counts.length - 1) * g.groupGap, height: used * g.slideHeight + (used - 1) * g.gap };
}

export function planOverview(counts: readonly number[], area: OverviewArea, g: OverviewGeometry): OverviewPlan {
  const tallest = Math.max(1, ...counts);
  let best = { rows: tallest, scale: 0 };
  for (let rows = 1; rows <= tallest; rows++) {
    const size = gridSize(counts, rows, g);
    const scale = Math.min(area.width / size.width, area.height / size.height);
    // Ties go to fewer columns per part (more rows): a part stays one column where it can.
    if (scale > best.scale + 1e-9) best = { rows, scale };
  }
  const { rows, scale } = best;
  const size = gridSize(counts, rows, g);
  let left = 0;
  const groups = counts.map((count) => {
    const cols = columns(count, rows);
    const width = cols * g.slideWidth + (cols - 1) * g.gap;
    const slides = Array.from({ length: count }, (_, i) => ({
      x: Math.floor(i / rows) * (g.slideWidth + g.gap),
      y: (i % rows) * (g.slideHeight + g.gap),
    }));
    const group = { x: left, width, slides };
    left += width + g.groupGap;
    return group;
  });
  return {
    scale,
    rows,
    // Centred in the free area.
    x: area.left + (area.width - size.width * scale) / 2,
    y: area.top + (area.height - size.height * scale) / 2,
    groups,
    width: size.width,
    height: size.height,
  };
}
