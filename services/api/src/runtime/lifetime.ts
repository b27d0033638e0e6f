const unitSeconds: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `3600`, `90m`, `8h`, `30d` → seconds; anything else → undefined (a mistake, not a guess). */
export const secondsOf = (text: string): number | undefined => {
  const m = /^\s*(\d{1,9})\s*([smhd]?)\s*$/.exec(text);
  const seconds = m ? Number(m[1]) * (unitSeconds[m[2] || 's'] ?? 1) : Number.NaN;
  return seconds > 0 ? seconds : undefined;
};
