/**
 * A form's question answered by ticking boxes ("Would you like …?  [ ] Yes  [x] No", "Second opinion?
 * ☐ Yes, please arrange ☒ I'm thinking about it ☐ No", "ja ☐ nee ☒") is read as the typed answer a form
 * gives after a colon (": no", ": i'm thinking about it"), which the rules already read: on a line where
 * some box is ticked, each ticked box becomes a colon and each box left empty goes, with its option.
 * The text keeps its length (what goes becomes spaces), so every offset still maps to the original.
 * A line with no box ticked is left as it is: an empty form says nothing.
 */
const TICKED = '☒|☑|⊠|■|✓|✔|✗|✘|\\[[x✓✔]\\]|\\([x✓✔]\\)';
const EMPTY = '☐|□|\\[ ?\\]|\\( ?\\)';
const BOX = new RegExp(`${TICKED}|${EMPTY}`, 'gu');
const IS_TICKED = new RegExp(`^(?:${TICKED})$`);
/** Options written before their boxes are only ever yes or no ("Yes ☐ No ☒"); any other text there is the question. */
const OPTION_BEFORE = /(?<![\p{L}\d])(?:ja|nee|yes|no|j|n|y) ?$/u;
/** Some box is ticked somewhere: the cheap test most sentences stop at (a bracket alone is no tick). */
const ANY_TICK = new RegExp(TICKED);

interface Box {
  start: number;
  end: number;
  ticked: boolean;
}

function boxesOf(line: string): Box[] {
  BOX.lastIndex = 0;
  return [...line.matchAll(BOX)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, ticked: IS_TICKED.test(m[0]) }));
}

const blank = (text: string): string => ' '.repeat(text.length);

/**
 * Where the yes or no before each box starts ("Yes ☐ No ☒"), when the line names its options so: its
 * text ends at its last box and a yes or no stands before each; otherwise null.
 */
function optionStartsBeforeBoxes(line: string, boxes: Box[]): number[] | null {
  if (line.slice(boxes[boxes.length - 1]!.end).trim() !== '') return null;
  const starts: number[] = [];
  for (let i = 0, from = 0; i < boxes.length; from = boxes[i]!.end, i++) {
    const option = OPTION_BEFORE.exec(line.slice(from, boxes[i]!.start));
    if (!option) return null;
    starts.push(from + option.index);
  }
  return starts;
}

/** "Yes ☐ No ☒": the ticked option becomes ": no" in the room of its word and box, the rest spaces. */
function optionsBeforeBoxes(line: string, boxes: Box[], starts: number[]): string {
  let out = '';
  let from = 0;
  boxes.forEach((box, i) => {
    const option = line.slice(starts[i], box.start).trim();
    const room = box.end - starts[i]!;
    const typed = `: ${option}`.length <= room ? `: ${option}` : `:${option}`;
    out += line.slice(from, starts[i]) + (box.ticked ? typed.padEnd(room, ' ') : ' '.repeat(room));
    from = box.end;
  });
  return out + line.slice(from);
}

/** "☐ Yes ☒ No": each option runs from its box to the next; a ticked box becomes a colon, an empty one goes with its option. */
function optionsAfterBoxes(line: string, boxes: Box[]): string {
  let out = line.slice(0, boxes[0]!.start);
  boxes.forEach((box, i) => {
    const optionEnd = i + 1 < boxes.length ? boxes[i + 1]!.start : line.length;
    out += box.ticked ? ':'.padEnd(box.end - box.start, ' ') + line.slice(box.end, optionEnd) : blank(line.slice(box.start, optionEnd));
  });
  return out;
}

/** One line with its boxes read; the same line when no box on it is ticked, all are, or it has fewer than two. */
function answeredLine(line: string): string {
  const boxes = boxesOf(line);
  if (boxes.length < 2 || !boxes.some((b) => b.ticked) || boxes.every((b) => b.ticked)) return line;
  const starts = optionStartsBeforeBoxes(line, boxes);
  return starts ? optionsBeforeBoxes(line, boxes, starts) : optionsAfterBoxes(line, boxes);
}

/** `folded` with every line of ticked boxes written as its typed answer; the same string when there is none. */
export function withTickedAnswers(folded: string): string {
  if (!ANY_TICK.test(folded)) return folded;
  return folded.split('\n').map(answeredLine).join('\n');
}
