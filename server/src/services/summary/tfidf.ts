/** A unit-length TF-IDF vector: term ids in ascending order with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * One TF-IDF vector per sentence, with the document's sentences as the IDF corpus:
 * tf = 1 + ln(count), idf = 1 + ln((1 + N) / (1 + df)), then scaled to length 1
 * (a sentence without terms gets the empty vector).
 */
export const tfidfVectors = (sentenceTerms: string[][]): SparseVector[] => {
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counted = sentenceTerms.map((terms) => {
    const all = new Int32Array(terms.length);
    terms.forEach((term, k) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        documentFrequency.push(0);
      }
      all[k] = id;
    });
    all.sort();
    const ids: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k < all.length; k += 1) {
      if (k > 0 && all[k] === all[k - 1]) {
        counts[counts.length - 1] += 1;
      } else {
        ids.push(all[k]);
        counts.push(1);
        documentFrequency[all[k]] += 1;
      }
    }
    return { ids, counts };
  });
  const total = sentenceTerms.length;
  return counted.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, k) => {
      const weight = (1 + Math.log(counts[k])) * (1 + Math.log((1 + total) / (1 + documentFrequency[id])));
      weights[k] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    for (let k = 0; k < weights.length; k += 1) weights[k] /= norm;
    return { ids: Int32Array.from(ids), weights };
  });
};

/** Cosine similarity of two unit vectors (their dot product), 0 when they share no term. */
export const cosine = (a: SparseVector, b: SparseVector): number => {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      dot += a.weights[i] * b.weights[j];
      i += 1;
      j += 1;
    } else if (a.ids[i] < b.ids[j]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return dot;
};
