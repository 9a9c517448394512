/** The browse mode's toolbar: one entry per feature, each its own component. */
export function BrowseToolbar() {
  return <></>;
}
