import { dataTextCells } from '../site/text-cells.ts';
import { columnSpecs } from '../records/record-table.ts';
import { ALLOWED_TEXT_FILE, allowedTextTable, readAllowedText } from '../text/allowed-text-table.ts';
import { checkPublishedText, yamlTextCells } from '../text/check-published-text.ts';
import { mayHoldPlaceholder } from '../text/find-placeholders.ts';
import { UNION_FILE } from '../union/read-union.ts';
import { fileSource } from './data-source.ts';

/**
 * allowed-text.csv: texts that look like placeholders but are meant. Its check reads the
 * published free text of the other sources (union.yaml, period labels, fund memos, names).
 */
export const allowedTextSource = fileSource(ALLOWED_TEXT_FILE, columnSpecs(allowedTextTable), {
  read(state, issues) {
    const text = state.table(ALLOWED_TEXT_FILE)?.input;
    state.allowedText = text === undefined ? [] : readAllowedText(text, issues);
  },
  check(state, issues) {
    const unionText = state.text(UNION_FILE);
    const unionCells = unionText === undefined ? [] : yamlTextCells(UNION_FILE, unionText);
    // A memo without any character a placeholder needs is clean: no cell is made for it.
    const dataCells = dataTextCells(state.periods, state.fundLines, state.signoffs, mayHoldPlaceholder);
    checkPublishedText([...unionCells, ...dataCells], state.allowedText, issues);
  },
});
