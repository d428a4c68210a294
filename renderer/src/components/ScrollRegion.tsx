/** A horizontally or vertically scrolling box that keyboard users can focus and scroll. */
import type { ReactNode } from 'react';

export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`table-wrap ${className ?? ''}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
