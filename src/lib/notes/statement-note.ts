/** A block of a 附注 (notes to the statements), as plain text: never HTML. */
export type NoteBlock =
  | { kind: 'heading'; depth: 2 | 3 | 4; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: string[]; line: number };

/** A period's 附注, read from content/notes/<period>.md. */
export interface StatementNote {
  file: string;
  periodId: string;
  /** The first level 1 heading, or 财务报表附注. */
  title: string;
  blocks: NoteBlock[];
}

/** One of the items 附注 must state (《工会会计制度》, reference last section). */
export interface NoteItem {
  number: string;
  label: string;
  /** Words one of which a heading covering the item contains. */
  keywords: readonly string[];
}

/** The eight items a 附注 must state at least. */
export const NOTE_ITEMS: readonly NoteItem[] = [
  { number: '（一）', label: '遵循《工会会计制度》的声明', keywords: ['遵循', '声明'] },
  { number: '（二）', label: '财务状况和预算执行的总体情况', keywords: ['财务状况', '预算执行'] },
  { number: '（三）', label: '会计政策及其变更', keywords: ['会计政策'] },
  { number: '（四）', label: '主要项目的构成及变动', keywords: ['主要项目', '重要项目', '项目构成', '构成及变动'] },
  { number: '（五）', label: '重大资产处置和损失', keywords: ['处置', '损失'] },
  { number: '（六）', label: '以名义金额计量的资产', keywords: ['名义金额'] },
  { number: '（七）', label: '以前年度结转结余的调整', keywords: ['以前年度', '结转结余调整', '结转结余的调整'] },
  { number: '（八）', label: '有助于理解报表的其他事项', keywords: ['其他'] },
];

/**
 * Reads a 附注 written in plain Markdown: "# " title, "## "–"#### " headings, paragraphs
 * (lines joined) and "- " or "1. " lists. Any other markup stays text.
 */
export function readStatementNote(file: string, periodId: string, text: string): StatementNote {
  const blocks: NoteBlock[] = [];
  let title = '财务报表附注';
  let paragraph: { text: string[]; line: number } | undefined;
  let list: { items: string[]; line: number } | undefined;
  const flush = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.text.join(''), line: paragraph.line });
    if (list) blocks.push({ kind: 'list', items: list.items, line: list.line });
    paragraph = undefined;
    list = undefined;
  };
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    const t = raw.trim();
    const heading = /^(#{1,4})\s+(.+)$/.exec(t);
    const item = /^(?:[-*]|\d+[.、])\s+(.+)$/.exec(t);
    if (t === '') return flush();
    if (heading) {
      flush();
      if (heading[1]!.length === 1) title = heading[2]!.trim();
      else blocks.push({ kind: 'heading', depth: heading[1]!.length as 2 | 3 | 4, text: heading[2]!.trim(), line });
      return;
    }
    if (item) {
      if (paragraph) flush();
      list ??= { items: [], line };
      list.items.push(item[1]!.trim());
      return;
    }
    if (list) flush();
    paragraph ??= { text: [], line };
    paragraph.text.push(t);
  });
  flush();
  return { file, periodId, title, blocks };
}

/** Which of the eight items a 附注 covers, by the heading that covers it. */
export interface NoteCoverage {
  item: NoteItem;
  /** The heading that covers the item, if any. */
  heading?: string;
}

/** The items of NOTE_ITEMS each matched to the first heading that names one of its keywords. */
export function noteCoverage(note: StatementNote): NoteCoverage[] {
  const headings = note.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  return NOTE_ITEMS.map((item) => {
    const heading = headings.find((h) => item.keywords.some((k) => h.includes(k)));
    return heading ? { item, heading } : { item };
  });
}
