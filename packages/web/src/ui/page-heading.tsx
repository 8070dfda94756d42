import type { ComponentChildren } from "preact";

/**
 * The page's <h1>. tabIndex -1 lets the shell move focus here after each navigation, so screen
 * reader and keyboard users start at the new page's title instead of the old link.
 */
export function PageHeading({ children }: { children: ComponentChildren }) {
  return (
    <h1 id="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
