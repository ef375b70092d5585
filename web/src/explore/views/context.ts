/** What every view gets: where to draw, a signal aborted when the user moves on, and the title. */
export interface ViewContext {
  main: HTMLElement;
  signal: AbortSignal;
  /** Sets the document title ("… — Newsgraph explorer"). */
  setTitle(title: string): void;
  /** Moves focus to the view's heading after a navigation, for keyboard and screen-reader users. */
  focusHeading(): void;
}
