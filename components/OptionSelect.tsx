import type { Translate } from '../lib/i18n';

/** A select over fixed values whose labels are the UI strings `<prefix>_<value>` (dashes as underscores). */
export function OptionSelect<T extends string>(props: {
  t: Translate;
  prefix: 'question' | 'field' | 'consent' | 'checklist';
  options: readonly T[];
  value: T;
  onChange(value: T): void;
  label?: string;
  testid?: string;
  'data-consent'?: string;
}) {
  return (
    <select
      aria-label={props.label}
      data-testid={props.testid}
      data-consent={props['data-consent']}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as T)}
    >
      {props.options.map((o) => (
        <option value={o} key={o}>
          {props.t(`${props.prefix}_${o.replace(/-/g, '_')}` as never)}
        </option>
      ))}
    </select>
  );
}
