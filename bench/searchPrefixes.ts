// Recall and precision of a prefixed query: today's index (a query searched as typed) against the
// same index with each query word also searched as the prefix-stripped forms the dictionary
// reads it as (SpellHost `variants`). `npm run bench:search-prefixes`.
//
// Two corpora made by the repository bench's generator (bench/repositoryCorpus.ts), which glues
// a prefix (ו ה ב ל מ ש וה וב כש ומה) on a quarter of the words and records which vocabulary
// words each article has: what an article should be found by is known by construction.
// 1. The repository bench's own corpus: a made-up vocabulary (random letters, which no
//    dictionary knows) with its planted real words (ירושלים, ממשלה, תקציב).
// 2. The same generator with a real vocabulary: nouns of the Hebrew dictionary (first the words
//    that begin with prefix letters and whose remainder is a word too: משפט/שפט, מספר/ספר,
//    כלב/לב, ממשלה/משלה…), and a twentieth made-up words, as names the dictionary lacks.
// Relevant to a query built from a vocabulary word (prefixed or bare): every article that has
// that word, with any prefix. Every match counts (no cut at 50).
import { loadavg } from 'node:os';
import he from 'dictionary-he';
import { normalizeTerm } from '../main/services/search/hebrewTerms.js';
import { SearchIndex } from '../main/services/search/searchIndex.js';
import type { SearchDocument } from '../main/services/search/searchFields.js';
import { SpellHost } from '../main/services/spelling/spellHost.js';
import type { DocJSON } from '../shared/editor/document.js';
import { Corpus, PLANTED } from './repositoryCorpus.js';
import { replaceSection } from './resultsFile.js';

const ARTICLES = Number(process.env.KTAV_BENCH_ARTICLES ?? 1000);
const BYTES = 8000;
const PREFIXES = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'וה', 'וב', 'כש', 'ומה'];

function textOf(node: DocJSON): string {
  return node.text ?? (node.content ?? []).map(textOf).join(' ');
}

interface Built {
  index: SearchIndex;
  stems: Set<string>[];
}

function build(corpus: Corpus): Built {
  const index = SearchIndex.empty();
  const stems: Set<string>[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const doc = corpus.article(i, BYTES);
    stems.push(new Set(corpus.stemsOfLastArticle));
    const [headline, lead, byline, ...body] = doc.content!;
    const d: SearchDocument = { id: String(i), stamp: '1', headline: textOf(headline!), lead: textOf(lead!), byline: textOf(byline!), body: body.map(textOf).join('\n'), tags: '' };
    index.upsert(d);
  }
  return { index, stems };
}

interface Query {
  query: string;
  stem: string;
  prefixed: boolean;
}

interface Scores {
  recall: number;
  precision: number;
  /** Precision of the first |relevant| results: what ranking the weaker matches last buys. */
  rPrecision: number;
  /** Queries with a result, of those with a relevant article. */
  answered: number;
  /** Of the prefixed queries whose exact form some article has, those whose first result has it. */
  typedFirst: number | null;
}

async function evaluate(built: Built, queries: Query[], host: SpellHost | null): Promise<Scores> {
  let recall = 0;
  let precision = 0;
  let rPrecision = 0;
  let counted = 0;
  let answered = 0;
  let typedCases = 0;
  let typedFirst = 0;
  for (const q of queries) {
    const relevant = new Set(built.stems.flatMap((s, i) => (s.has(q.stem) ? [String(i)] : [])));
    if (!relevant.size) continue;
    let stripped: Map<string, string[]> | undefined;
    if (host) {
      const [forms] = (await host.handle({ type: 'variants', words: [q.query] })) as string[][];
      if (forms?.length) stripped = new Map([[normalizeTerm(q.query), forms.map(normalizeTerm)]]);
    }
    const hits = built.index.search(q.query, Number.MAX_SAFE_INTEGER, stripped);
    const found = hits.filter((h) => relevant.has(h.id)).length;
    counted++;
    recall += found / relevant.size;
    precision += hits.length ? found / hits.length : 1;
    const top = hits.slice(0, relevant.size);
    rPrecision += top.length ? top.filter((h) => relevant.has(h.id)).length / top.length : 1;
    if (hits.length) answered++;
    if (q.prefixed) {
      const exact = normalizeTerm(q.query);
      if (hits.some((h) => h.terms.includes(exact))) {
        typedCases++;
        if (hits[0]!.terms.includes(exact)) typedFirst++;
      }
    }
  }
  return { recall: recall / counted, precision: precision / counted, rPrecision: rPrecision / counted, answered: answered / counted, typedFirst: typedCases ? typedFirst / typedCases : null };
}

/** Queries from vocabulary words: each bare, and with a prefix drawn in turn. */
function queriesFor(stems: string[]): Query[] {
  return stems.flatMap((s, i) => [
    { query: s, stem: s, prefixed: false },
    { query: PREFIXES[i % PREFIXES.length]! + s, stem: s, prefixed: true },
    { query: PREFIXES[(i + 3) % PREFIXES.length]! + s, stem: s, prefixed: true },
  ]);
}

function realVocabulary(): { words: string[]; tricky: string[] } {
  const nouns = new TextDecoder()
    .decode(he.dic)
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const [w, flags] = line.split('/');
      return flags?.includes('a') && /^[\u05D0-\u05EA]{3,}$/.test(w!) ? [w!] : [];
    });
  const set = new Set(nouns);
  // Words that begin with a prefix letter and whose remainder is a noun too: the hard cases.
  const tricky = nouns.filter((w) => /^[ובכלמשה]/.test(w) && set.has(w.slice(1))).slice(0, 60);
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rest = nouns.filter((w) => !tricky.includes(w)).sort(() => random() - 0.5);
  // The tricky words and their remainders first (the frequent end of the vocabulary).
  const words = [...new Set([...tricky.flatMap((w) => [w, w.slice(1)]), ...rest.slice(0, 11_400 - tricky.length * 2)])];
  return { words, tricky };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const host = new SpellHost();
const lines: string[] = [];
const started = new Date();
lines.push('## Search: a prefixed query (issue: Hebrew spelling and prefixed search)', '');
lines.push(
  `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}, Node ${process.version}; load average ${loadavg()[0]!.toFixed(1)} at the start; ${ARTICLES.toLocaleString('en')} articles of ~${BYTES / 1000} KB per corpus, made by the repository bench's generator; every match counted. *Today*: the index as it was (each text word indexed with its prefix-stripped forms, a query searched as typed). *Stripped*: the same index, each query word also searched as the prefix-stripped forms Hunspell's analysis of it gives (dictionary-he), at half weight, after the articles that have every query word as typed.`,
  '',
);
lines.push('| corpus | queries | search | recall | precision | precision of the first R (R: the relevant articles) | queries answered | typed form ranked first |');
lines.push('|---|---|---|---:|---:|---:|---:|---:|');

const report = (corpus: string, kind: string, n: number, name: string, s: Scores) =>
  lines.push(`| ${corpus} | ${kind} (${n}) | ${name} | ${pct(s.recall)} | ${pct(s.precision)} | ${pct(s.rPrecision)} | ${pct(s.answered)} | ${s.typedFirst === null ? '—' : pct(s.typedFirst)} |`);

{
  process.stdout.write('bench corpus…');
  const built = build(new Corpus(42, 12_000));
  const planted = [PLANTED.common, PLANTED.pairA, PLANTED.pairB];
  const plantedQueries = planted.flatMap((s) => [{ query: s, stem: s, prefixed: false }, ...PREFIXES.map((p) => ({ query: p + s, stem: s, prefixed: true }))]);
  for (const [kind, qs] of [['planted real words, bare and with each prefix', plantedQueries]] as const) {
    report('repository bench', kind, qs.length, 'today', await evaluate(built, qs, null));
    report('repository bench', kind, qs.length, 'stripped', await evaluate(built, qs, host));
  }
  // Made-up words: the dictionary knows none, so nothing changes (shown to say so).
  const madeUp = [...new Set(built.stems.slice(0, 50).flatMap((s) => [...s]))].filter((w) => !planted.includes(w) && /^[\u05D0-\u05EA]+$/.test(w)).slice(0, 100);
  const mq = queriesFor(madeUp);
  report('repository bench', 'made-up words, bare and prefixed', mq.length, 'today', await evaluate(built, mq, null));
  report('repository bench', 'made-up words, bare and prefixed', mq.length, 'stripped', await evaluate(built, mq, host));
}
{
  process.stdout.write(' real vocabulary…');
  const { words, tricky } = realVocabulary();
  const built = build(new Corpus(42, 12_000, words));
  const common = words.slice(tricky.length * 2, tricky.length * 2 + 200);
  const sets: [string, Query[]][] = [
    ['dictionary nouns', queriesFor(common)],
    ['nouns that begin with a prefix letter, the remainder a word too (משפט/שפט)', queriesFor(tricky)],
  ];
  for (const [kind, qs] of sets) {
    const bare = qs.filter((q) => !q.prefixed);
    const prefixed = qs.filter((q) => q.prefixed);
    for (const [label, sub] of [[`${kind}: bare`, bare], [`${kind}: prefixed`, prefixed]] as const) {
      report('real vocabulary', label, sub.length, 'today', await evaluate(built, sub, null));
      report('real vocabulary', label, sub.length, 'stripped', await evaluate(built, sub, host));
    }
  }
}
process.stdout.write(' done\n');
lines.push(
  '',
  'Recall: of the articles that have the query\'s word (with any prefix), the share found; precision: of the articles found, the share that have it; precision of the first R: the same among the first results, as many as there are relevant articles (the weaker matches of stripped forms are ranked after the typed form); each averaged over the queries. *Typed form ranked first*: of the prefixed queries that some article has exactly as typed, those whose first result has it. A bare query is already found in its prefixed forms today (the index holds each text word\'s stripped forms); what stripping adds is the prefixed query. Where a word and its remainder are both words (מספר "number" / מ + ספר), the dictionary reads the query both ways, and the articles with the remainder come as weaker matches, after those with the word as typed.',
);
const body = lines.join('\n');
console.log(body);
if (process.env.KTAV_BENCH_WRITE !== '0') await replaceSection('search-prefixes', body);
host.dispose();
