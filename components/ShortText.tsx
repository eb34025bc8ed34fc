/**
 * A text shortened to fit the sidebar, with the whole text shown on hover and on keyboard focus. The
 * whole text is not kept in the layout while hidden (a visually-hidden copy of a 5,000-character token
 * would still be a clipped box); screen readers get it as the element's description.
 */
export function ShortText(props: { short: string; full?: string; class?: string }) {
  if (!props.full || props.full === props.short) return <span class={props.class}>{props.short}</span>;
  return (
    <span class={`short-text ${props.class ?? ''}`} tabIndex={0} title={props.full}>
      <span class="short-text-short">{props.short}</span>
      <span class="short-text-full">{props.full}</span>
    </span>
  );
}
