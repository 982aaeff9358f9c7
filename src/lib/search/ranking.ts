/**
 * Ranks subsections from what the search index says before any of their text is loaded: which subsections
 * hold each word of the query exactly, and in how many subsections of all years each word occurs.
 *
 * - A full match holds every word of the query, however far apart. Full matches come first, and when there
 *   is one, partial matches are not shown at all.
 * - A word weighs more the rarer it is (inverse document frequency): 法治 and 工作 are in most subsections,
 *   素养 in one. A subsection's coverage is the weight of the query's words it holds over the weight of all.
 * - A partial match is shown only when it covers more than half of the query's weight; see
 *   MIN_PARTIAL_COVERAGE for why that is the line.
 * - Among matches that cover the query alike, one holding a stretch of the query word for word comes first,
 *   then the newer year, then the index's own score.
 */
import type { PreparedQuery } from './query.ts';

/** What the index says about the query. */
export interface IndexEvidence {
  /** How many subsections the index holds, in all years. */
  total: number;
  /** For each word and phrase of the query, the ids of the subsections (of all years) holding it exactly. */
  holders: Map<string, string[]>;
  /** The subsections that may be shown (those of the chosen year), with their year and the index's score. */
  candidates: Map<string, { year: string; score: number }>;
}

export interface Match {
  id: string;
  year: string;
  /** Holds every word of the query. */
  full: boolean;
  /** The query's words and phrases that the subsection holds, to be marked. */
  matched: string[];
  /** Share of the query's weight that the subsection holds, 0–1. */
  coverage: number;
}

/**
 * The share of the query's weight a partial match must hold. Read off the 2024 report's ten subsections, where
 * a word in none of them weighs 3.1, in one 2.0, in three 1.2, in five 0.7 and in seven (法律) 0.4:
 * - topics the report does not cover pair an absent word with one it uses, and their best subsection holds at
 *   most 0.39 of the query (法律援助 0.11, 信访工作 0.15, 行政处罚 0.18, 食品安全 0.32, 医疗保险 0.39);
 * - a reader's paraphrase keeps the report's own distinctive words, and its subsection holds at least 0.56
 *   (合同审查把关 0.56, 普法形式太单一 0.61, 职工合法权益怎么保障 0.62, 干部法律素养差 0.77).
 * The line is half, in that gap: a partial match must hold more of the query's meaning than it misses, so a
 * common word shared with an absent topic is never enough.
 */
export const MIN_PARTIAL_COVERAGE = 0.5;

/** Inverse document frequency, smoothed so that a word in no subsection weighs most and stays finite. */
export function wordWeight(documentFrequency: number, total: number): number {
  return Math.log((total + 1) / (documentFrequency + 0.5));
}

export function rankMatches(query: PreparedQuery, evidence: IndexEvidence): Match[] {
  const weights = new Map(query.words.map((w) => [w, wordWeight(evidence.holders.get(w)?.length ?? 0, evidence.total)]));
  const totalWeight = [...weights.values()].reduce((sum, w) => sum + w, 0);
  const holds = (id: string, term: string) => evidence.holders.get(term)?.includes(id) ?? false;

  const ranked: Array<{ match: Match; phrasesHeld: number; score: number }> = [];
  for (const [id, { year, score }] of evidence.candidates) {
    const words = query.words.filter((w) => holds(id, w));
    if (words.length === 0) continue;
    const phrases = query.phrases.filter((p) => holds(id, p));
    const held = words.reduce((sum, w) => sum + weights.get(w)!, 0);
    const coverage = totalWeight === 0 ? 0 : held / totalWeight;
    const full = words.length === query.words.length;
    // A word inside a phrase held word for word is marked as part of the phrase.
    const loose = words.filter((w) => !phrases.some((p) => p.includes(w)));
    ranked.push({ match: { id, year, full, matched: [...phrases, ...loose], coverage }, phrasesHeld: phrases.length, score });
  }
  const anyFull = ranked.some(({ match }) => match.full);
  return ranked
    .filter(({ match }) => (anyFull ? match.full : match.coverage > MIN_PARTIAL_COVERAGE))
    .sort(
      (a, b) =>
        b.match.coverage - a.match.coverage ||
        b.phrasesHeld - a.phrasesHeld ||
        b.match.year.localeCompare(a.match.year) ||
        b.score - a.score,
    )
    .map(({ match }) => match);
}
