/** What relevance is judged on: one scope of a page (a product, a search result card, an article) or one file. */
export interface RelevanceInput {
  /** The scope's title: a product title, a result card's title, an article's headline, a document's <title>/<h1>. */
  title?: string;
  /** The scope's text blocks in document order. */
  blocks: readonly string[];
}

export interface Relevance {
  relevant: boolean;
  /** How many times acupressure mats (or a mat brand) are named in the scope. */
  matMentions: number;
}

/** Is this scope about acupressure mats at all? Placeholder: being written. */
export function judgeRelevance(input: RelevanceInput): Relevance {
  void input;
  return { relevant: false, matMentions: 0 };
}
