// Pure scoring for eval-reader.mjs: one page's reading against its expected reading, and the totals.

/** Kinds whose items a zoo page lists in full; notes are the reader's fallback kind and are not scored. */
export const SCORED_KINDS = ['allergy', 'medication', 'problem', 'result', 'imaging', 'letter', 'message'];

const TITLES = /\b(mr|mrs|ms|miss|mx|dr|prof|dhr|mevr|mw|de heer|mevrouw)\b\.?/gi;

/** Names compare by their words: "OKONKWO, Adaeze (Mrs)" is "Adaeze Okonkwo"; nicknames in brackets do not count. */
export function nameKey(name) {
  return (name ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(TITLES, ' ')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

const contains = (text, item) => text.toLowerCase().includes(item.toLowerCase());

export function scorePage(path, part, expected, reading) {
  const problems = [];
  const picked = reading.patient && reading.patient.confidence !== 'unsure' ? reading.patient : null;
  let fields = 0;
  let fieldsRight = 0;
  let wrongPatient = false;
  const want = expected.patient;
  if (want) {
    const checks = [['name', nameKey(want.name), picked && nameKey(picked.name)]];
    if (want.birthDate) checks.push(['birthDate', want.birthDate, picked?.birthDate]);
    if (want.sex) checks.push(['sex', want.sex, picked?.sex]);
    for (const [system, value] of Object.entries(want.identifiers ?? {})) {
      // The protocol has no NHS system of its own: an NHS number travels as 'other' with its label.
      const matches = (id) => (system === 'nhs' ? id.system === 'other' && /nhs/i.test(id.label ?? '') : id.system === system);
      const got = picked?.identifiers.filter(matches).map((id) => id.value) ?? [];
      checks.push([`id ${system}`, value, got.includes(value) ? value : got.join(',') || undefined]);
    }
    for (const [field, wanted, got] of checks) {
      fields++;
      if (wanted === got) fieldsRight++;
      else problems.push(`${field}: got ${JSON.stringify(got ?? null)}, want ${JSON.stringify(wanted)}`);
    }
    if (picked && (nameKey(picked.name) !== nameKey(want.name) || (picked.birthDate && want.birthDate && picked.birthDate !== want.birthDate))) {
      wrongPatient = true;
    }
  } else if (picked) {
    wrongPatient = true;
    problems.push(`picked ${JSON.stringify(picked.name)} on a page where no patient is open`);
  }

  const kinds = {};
  const entries = reading.entries ?? [];
  for (const kind of SCORED_KINDS) {
    const items = expected.entries?.[kind] ?? [];
    const noneKnown = (expected.noneKnown ?? []).includes(kind);
    const ofKind = entries.filter((entry) => entry.kind === kind);
    const listed = ofKind.filter((entry) => entry.state !== 'none-known');
    const noneEntries = ofKind.filter((entry) => entry.state === 'none-known');
    let found = 0;
    for (const item of items) {
      if (listed.some((entry) => contains(entry.text, item))) found++;
      else problems.push(`${kind} not found: ${item}`);
    }
    if (noneKnown) {
      if (noneEntries.length > 0) found++;
      else problems.push(`${kind}: "none known" not read`);
    }
    let truePositives = 0;
    for (const entry of listed) {
      if (items.some((item) => contains(entry.text, item))) truePositives++;
      else problems.push(`read as ${kind}: ${JSON.stringify(entry.text.slice(0, 70))}`);
    }
    for (const entry of noneEntries) {
      if (noneKnown) truePositives++;
      else problems.push(`read as ${kind} none-known: ${JSON.stringify(entry.text.slice(0, 70))}`);
    }
    kinds[kind] = { expected: items.length + (noneKnown ? 1 : 0), found, predicted: ofKind.length, truePositives };
  }

  let stopped = 0;
  let stoppedRight = 0;
  for (const item of expected.stopped ?? []) {
    stopped++;
    const entry = entries.find((e) => e.kind === 'medication' && contains(e.text, item));
    if (entry?.state === 'stopped') stoppedRight++;
    else problems.push(`stopped medication not marked: ${item}`);
  }
  const expectedStatus = expected.status ?? 'none';
  const status = reading.status;
  const sum = (key) => Object.values(kinds).reduce((total, k) => total + k[key], 0);
  const ratio = (a, b) => (b === 0 ? null : a / b);
  return {
    path,
    part,
    problems,
    unknownExpected: !want,
    unknownRight: !want && !picked,
    fields,
    fieldsRight,
    fieldAccuracy: ratio(fieldsRight, fields),
    wrongPatient,
    kinds,
    recallOf: (kind) => ratio(kinds[kind].found, kinds[kind].expected),
    precision: ratio(sum('truePositives'), sum('predicted')),
    recall: ratio(sum('found'), sum('expected')),
    stopped,
    stoppedRight,
    status,
    expectedStatus,
    statusOk: status === expectedStatus,
  };
}

export function summarise(results) {
  const ratio = (a, b) => (b === 0 ? null : a / b);
  const add = (key) => results.reduce((total, r) => total + r[key], 0);
  const kinds = {};
  for (const kind of SCORED_KINDS) {
    const k = { expected: 0, found: 0, predicted: 0, truePositives: 0 };
    for (const r of results) for (const key of Object.keys(k)) k[key] += r.kinds[kind][key];
    kinds[kind] = { ...k, precision: ratio(k.truePositives, k.predicted), recall: ratio(k.found, k.expected) };
  }
  const all = (key) => Object.values(kinds).reduce((total, k) => total + k[key], 0);
  return {
    fields: add('fields'),
    fieldsRight: add('fieldsRight'),
    fieldAccuracy: ratio(add('fieldsRight'), add('fields')),
    wrongPatients: results.filter((r) => r.wrongPatient).length,
    unknownPages: results.filter((r) => r.unknownExpected).length,
    unknownRight: results.filter((r) => r.unknownRight).length,
    kinds,
    precision: ratio(all('truePositives'), all('predicted')),
    recall: ratio(all('found'), all('expected')),
    stopped: add('stopped'),
    stoppedRight: add('stoppedRight'),
    statusRight: results.filter((r) => r.statusOk).length,
  };
}

/** The targets the reader is held to (every patient field, 95% of allergies, medication and problems, no wrong patient). */
export const TARGETS = [
  { name: 'every patient field right', met: (t) => t.fieldsRight === t.fields },
  { name: 'no wrong-patient pick', met: (t) => t.wrongPatients === 0 },
  { name: 'pages without an open patient left unknown', met: (t) => t.unknownRight === t.unknownPages },
  ...['allergy', 'medication', 'problem'].map((kind) => ({
    name: `>= 95% of ${kind} items found`,
    met: (t) => t.kinds[kind].expected === 0 || t.kinds[kind].found / t.kinds[kind].expected >= 0.95,
  })),
];
