import { readUnion, UNION_FILE } from '../union/read-union.ts';
import { fileSource } from './data-source.ts';

/** union.yaml: the union's name and settings; the site cannot be built without it. */
export const unionSource = fileSource(UNION_FILE, undefined, {
  read(state, issues) {
    const text = state.text(UNION_FILE);
    if (text !== undefined) {
      state.union = readUnion(text, issues);
      return;
    }
    issues.add({
      file: UNION_FILE,
      line: 0,
      column: 0,
      code: 'file.missing',
      message: '缺少工会基本信息文件',
      expected: 'union.yaml',
      found: '没有这个文件',
    });
  },
});
