export type Delimiter = "," | "\t" | ";";

export type DelimiterDetection = { ok: true; delimiter: Delimiter; confidence: number } | { ok: false; code: "unknown_delimiter" };

const CANDIDATES: readonly Delimiter[] = [",", "\t", ";"];

/**
 * Picks the delimiter that splits the first records of a decoded sample into the same number (≥ 2) of
 * fields as the header, respecting quotes (so "東京都港区,芝公園" stays one field). Ties go to the
 * delimiter that gives more columns. The last line is ignored when the sample may have cut it.
 */
export function detectDelimiter(sample: string, maxRecords = 20): DelimiterDetection {
  let best: { delimiter: Delimiter; consistency: number; columns: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const counts = fieldCounts(sample, delimiter, maxRecords);
    const columns = counts[0];
    if (columns === undefined || columns < 2) continue;
    const consistency = counts.filter((count) => count === columns).length / counts.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { delimiter, consistency, columns };
    }
  }
  if (!best || best.consistency < 0.5) return { ok: false, code: "unknown_delimiter" };
  return { ok: true, delimiter: best.delimiter, confidence: best.consistency };
}

/** Field counts of the non-blank records, following RFC 4180 quoting. */
function fieldCounts(sample: string, delimiter: Delimiter, maxRecords: number): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let hasContent = false;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const char = sample[i];
    if (inQuotes) {
      if (char === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (char === "\r" || char === "\n") {
      if (char === "\r" && sample[i + 1] === "\n") i++;
      if (hasContent) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      hasContent = false;
    } else if (char === delimiter) {
      fields++;
      atFieldStart = true;
      hasContent = true;
    } else if (char === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      hasContent = true;
    } else if (char !== " " && char !== "\u3000") {
      atFieldStart = false;
      hasContent = true;
    }
  }
  // A record without its line break may have been cut by the sample; use it only when it is the only one.
  if (hasContent && counts.length === 0) counts.push(fields);
  return counts;
}
