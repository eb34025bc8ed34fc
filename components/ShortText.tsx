/**
 * A text shortened to fit the sidebar, with the whole text shown on hover and on keyboard focus (and
 * read by screen readers instead of the short one).
 */
export function ShortText(props: { short: string; full?: string; class?: string }) {
  if (!props.full || props.full === props.short) return <span class={props.class}>{props.short}</span>;
  return (
    <span class={`short-text ${props.class ?? ''}`} tabIndex={0} title={props.full}>
      <span class="short-text-short" aria-hidden="true">
        {props.short}
      </span>
      <span class="short-text-full">{props.full}</span>
    </span>
  );
}
