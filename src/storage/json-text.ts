// The journal's JSON, and every JSON trust prints, is written escaped: DEL,
// C1 and bidi characters as \u escapes (JSON.stringify escapes C0 itself).
// The same document to a parser, harmless to a terminal, so a journal
// version trust wrote may be printed as it is (ui/terminal-text.ts,
// writeEscaped). The characters are those terminal-text.ts neutralises, C0
// aside. Only for JSON, where such characters can only stand inside strings.

export function escapeJson(json: string): string {
  return json.replace(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
