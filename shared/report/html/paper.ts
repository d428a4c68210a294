/** Paper sizes the report is laid out for, and the page box each one leaves for content. */

/** The paper sizes the report supports. */
export type Paper = 'A4' | 'Letter';

/** Every supported paper size, for option parsing. */
export const PAPERS: readonly Paper[] = ['A4', 'Letter'];

/** A paper size in CSS and in millimetres. */
export interface PageBox {
  /** CSS `size` value. */
  readonly size: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** The page box of each paper size. */
export const PAGE_BOX: Readonly<Record<Paper, PageBox>> = {
  A4: { size: 'A4', widthMm: 210, heightMm: 297 },
  Letter: { size: 'letter', widthMm: 215.9, heightMm: 279.4 },
};

/** Page margins in millimetres; the running header and footer sit inside the top and bottom ones. */
export const MARGIN_MM = { top: 24, bottom: 22, side: 22 } as const;

/** Height left for content on one page, in millimetres. */
export function contentHeightMm(paper: Paper): number {
  return PAGE_BOX[paper].heightMm - MARGIN_MM.top - MARGIN_MM.bottom;
}
