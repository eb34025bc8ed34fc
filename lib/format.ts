/** Dates are shown the Dutch clinical way (DD-MM-YYYY) in both languages, as the portals themselves do. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

const MONTHS = [
  ['jan', 'januari', 'january'], ['feb', 'februari', 'february'], ['mrt', 'maart', 'mar', 'march'], ['apr', 'april'],
  ['mei', 'may'], ['jun', 'juni', 'june'], ['jul', 'juli', 'july'], ['aug', 'augustus', 'august'],
  ['sep', 'sept', 'september'], ['okt', 'oct', 'oktober', 'october'], ['nov', 'november'], ['dec', 'december'],
];

/**
 * Whether a text already names the given date, in any way portals write one: 02-05-2026, 2-5-2026,
 * 02/05/2026, 02.05.2026, 2026-05-02 or "2 mei 2026" / "2 May 2026".
 */
export function mentionsDate(text: string, iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return false;
  const [, year, month, day] = m as unknown as [string, string, string, string];
  const d = `0?${Number(day)}`;
  const mo = `0?${Number(month)}`;
  const names = MONTHS[Number(month) - 1]?.join('|') ?? '';
  const patterns = [
    `(?<!\\d)${d}[-/.]${mo}[-/.]${year}(?!\\d)`,
    `(?<!\\d)${year}-${month}-${day}(?!\\d)`,
    `(?<!\\d)${d}\\s+(?:${names})\\.?\\s+${year}(?!\\d)`,
  ];
  return new RegExp(patterns.join('|'), 'i').test(text);
}
