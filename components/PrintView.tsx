import type { Letter } from '../lib/letter';

/** Shown only on paper (see the print stylesheet): the letter or the checklist, nothing of the sidebar around it. */
export function PrintView(props: { letter: Letter; title: string; checklist: string }) {
  return (
    <div class="print-only" aria-hidden="true">
      <article class="print-letter">
        <h1>{props.title}</h1>
        {props.letter.sections.map((s) => (
          <section key={s.id}>
            <h2>{s.title}</h2>
            <p class="pre">{s.text}</p>
          </section>
        ))}
      </article>
      <article class="print-checklist">
        <p class="pre">{props.checklist}</p>
      </article>
    </div>
  );
}
