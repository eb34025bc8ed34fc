/** Dates are shown the Dutch clinical way (DD-MM-YYYY) in both languages, as the portals themselves do. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}
