/**
 * The STS news-headline pairs in ../shared/data/sts-headlines (people's 0–5 similarity scores),
 * read for fitting and evaluation only; never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { collectAliases, extractFacts } from '../src/engine/facts'
import { normalize } from '../src/engine/normalize'
import type { Features, Profile, Vocabulary } from '../src/engine/similarity'
import { buildIdf, createVocabulary, pairFeatures, profileOf } from '../src/engine/similarity'

/** One scored headline pair. */
export type StsPair = { score: number; a: string; b: string }

export const STS_DIR = fileURLToPath(new URL('../../shared/data/sts-headlines/', import.meta.url))

/** True when the STS data sits beside the project. */
export function hasSts(): boolean {
  return existsSync(`${STS_DIR}train.tsv`)
}

/** The pairs of one split: `train`, `dev` or `test`. */
export function readSts(split: 'train' | 'dev' | 'test'): StsPair[] {
  const lines = readFileSync(`${STS_DIR}${split}.tsv`, 'utf8').split('\n').slice(1)
  return lines
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 5)
    .map((c) => ({ score: Number(c[2]), a: c[3] as string, b: c[4] as string }))
}

function profile(
  text: string,
  aliases: ReturnType<typeof collectAliases>,
  vocabulary: Vocabulary,
): Profile {
  const norm = normalize(text).text.replace(/\s+/g, ' ').trim()
  const [facts] = extractFacts([{ norm, paragraph: 0, role: 'body' }], aliases)
  return profileOf(norm, facts, vocabulary)
}

/** Features of every pair; rarity is counted over all headlines of the split, as compare counts it over both reports. */
export function stsFeatures(pairs: readonly StsPair[]): Features[] {
  const vocabulary = createVocabulary()
  const profiles = pairs.map((p) => {
    const aliases = collectAliases([p.a, p.b])
    return [profile(p.a, aliases, vocabulary), profile(p.b, aliases, vocabulary)] as const
  })
  const idf = buildIdf(profiles.flat(), vocabulary)
  return profiles.map(([a, b]) => pairFeatures(a, b, idf))
}

/** Spearman's rank correlation, ties ranked by their average. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const rank = (v: readonly number[]) => {
    const idx = v.map((_, i) => i).sort((i, j) => (v[i] as number) - (v[j] as number))
    const r = new Array<number>(v.length)
    for (let k = 0; k < idx.length; ) {
      let e = k
      while (e + 1 < idx.length && v[idx[e + 1] as number] === v[idx[k] as number]) e++
      for (let t = k; t <= e; t++) r[idx[t] as number] = (k + e) / 2 + 1
      k = e + 1
    }
    return r
  }
  const rx = rank(x)
  const ry = rank(y)
  const n = x.length
  const mean = (n + 1) / 2
  let num = 0
  let dx = 0
  let dy = 0
  for (let i = 0; i < n; i++) {
    const a = (rx[i] as number) - mean
    const b = (ry[i] as number) - mean
    num += a * b
    dx += a * a
    dy += b * b
  }
  return num / Math.sqrt(dx * dy)
}
