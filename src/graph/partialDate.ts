const pattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for "2022", "2022-09" and real days such as "2024-02-29" (not "2023-02-29"). */
export function isPartialDate(value: string): boolean {
  const match = pattern.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}

/** The first day a partial date can mean: "2022-09" -> "2022-09-01". */
export function startOf(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day a partial date can mean: "2022-09" -> "2022-09-30", "2022" -> "2022-12-31". */
export function endOf(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  return value;
}
