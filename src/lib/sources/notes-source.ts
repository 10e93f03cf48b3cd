import { readStatementNote } from '../notes/statement-note.ts';
import { PERIOD_ID_NAME, type DataSource } from './data-source.ts';

const FOLDER = 'notes/';
const NOTE_PATH = /^notes\/([^/]+)\.md$/;

/** notes/<期间编号>.md: a period's optional 附注 (notes to the statements), plain Markdown. */
export const notesSource: DataSource = {
  names: [`${FOLDER}${PERIOD_ID_NAME}.md`],
  owns: (path) => NOTE_PATH.test(path),
  columns: {},
  read(state, issues) {
    const ids = new Set(state.periods.map((p) => p.id));
    for (const path of state.files.keys()) {
      const id = NOTE_PATH.exec(path)?.[1];
      if (id === undefined || ids.has(id)) continue;
      issues.add({
        file: path,
        line: 0,
        column: 0,
        code: 'note.no-period',
        message: `附注文件名“${id}”不是 periods.csv 中的期间编号`,
        expected: state.periods.length ? state.periods.map((p) => p.id).join('、') : 'periods.csv 中的期间编号',
        found: id,
        hint: '附注写在 notes/<期间编号>.md 中',
      });
    }
    for (const entry of state.periodData) {
      const path = `${FOLDER}${entry.statement.period.id}.md`;
      const text = state.text(path);
      if (text !== undefined) entry.note = readStatementNote(path, entry.statement.period.id, text);
    }
  },
};
