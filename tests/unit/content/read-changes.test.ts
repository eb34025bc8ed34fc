// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPlan, planChanges } from '../../../entrypoints/content/read-changes';

let entries: Set<Element>;
const isEntry = (el: Element) => entries.has(el);
const ours = (node: Node) => node.nodeName === 'SECOND-OPINION-SIDEBAR';

/** The records the page's changes make, as the content script's observer gets them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  expect(records.length).toBeGreaterThan(0);
  return records;
}

beforeEach(() => {
  document.body.innerHTML = `
    <header id="banner"><b>Okafor, Grace</b> 09-05-1984</header>
    <nav><span id="clock">10:00</span></nav>
    <ul id="notes"><li id="n1">First note about the knee.</li><li id="n2">Second note, <em id="em">pain</em> less.</li></ul>`;
  entries = new Set([document.getElementById('n1')!, document.getElementById('n2')!]);
});

describe('planChanges', () => {
  it('an edit inside an entry marks only that entry', async () => {
    const records = await recordsOf(() => {
      document.getElementById('em')!.textContent = 'more';
    });
    const plan = planChanges(emptyPlan(), records, isEntry, ours);
    expect(plan.whole).toBe(false);
    expect([...plan.dirty].map((el) => el.id)).toEqual(['n2']);
    expect(plan.added).toEqual([]);
  });

  it('a block added beside an entry is read as a new entry, a removed entry dropped', async () => {
    const records = await recordsOf(() => {
      const li = document.createElement('li');
      li.id = 'n3';
      li.textContent = 'Third note: patient asks for a second opinion.';
      document.getElementById('notes')!.append(li);
      document.getElementById('n1')!.remove();
    });
    const plan = planChanges(emptyPlan(), records, isEntry, ours);
    expect(plan.whole).toBe(false);
    expect(plan.added.map(({ el, sibling }) => [el.id, sibling.id])).toEqual([['n3', 'n2']]);
  });

  it('a change outside every entry (the banner) reads the page whole', async () => {
    const records = await recordsOf(() => {
      document.querySelector('#banner b')!.textContent = 'Jansen, Erik';
    });
    expect(planChanges(emptyPlan(), records, isEntry, ours).whole).toBe(true);
  });

  it('a removed block that was not an entry reads the page whole', async () => {
    const records = await recordsOf(() => document.getElementById('banner')!.remove());
    expect(planChanges(emptyPlan(), records, isEntry, ours).whole).toBe(true);
  });

  it('an added block with no entry beside it reads the page whole', async () => {
    const records = await recordsOf(() => document.body.append(document.createElement('section')));
    expect(planChanges(emptyPlan(), records, isEntry, ours).whole).toBe(true);
  });

  it('ignores what no reader reads (navigation, a clock) and our own host', async () => {
    const records = await recordsOf(() => {
      document.getElementById('clock')!.textContent = '10:01';
      document.body.append(document.createElement('second-opinion-sidebar'));
      document.getElementById('notes')!.append(document.createTextNode('  '));
    });
    const plan = planChanges(emptyPlan(), records, isEntry, ours);
    expect(plan).toEqual(emptyPlan());
  });

  it('once whole, stays whole', async () => {
    const plan = emptyPlan();
    plan.whole = true;
    const records = await recordsOf(() => {
      document.getElementById('em')!.textContent = 'x';
    });
    expect(planChanges(plan, records, isEntry, ours)).toMatchObject({ whole: true, added: [] });
  });
});
