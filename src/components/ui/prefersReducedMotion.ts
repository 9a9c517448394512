/** Whether the user asked for less motion (animated zoom and transitions are then skipped). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
