const pattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for "2022", "2022-09" and real days such as "2024-02-29" (not "2023-02-29"). */
export function isPartialDate(value: string): boolean {
  const match = pattern.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match;
  if (day === undefined) return true;
  return Number(day) <= daysInMonth(Number(year), Number(month));
}

/**
 * Days of a month of the proleptic Gregorian calendar, as ISO 8601 counts. Not from Date.UTC,
 * which reads the years 0 to 99 as 1900 to 1999 (so 0000-02 lost its 29th).
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
    return `${value}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return value;
}
