// npm run accounts-appendix: rewrites the appendix of docs/数据文件说明.md (from "## 附录：科目表"
// to the end) from the charts of accounts in src/lib/accounts, the same charts the checks use.
import { readFileSync, writeFileSync } from 'node:fs';
import { accountsAppendix, APPENDIX_HEADING, STAFF_GUIDE } from './lib/accounts-appendix.ts';

const guide = readFileSync(STAFF_GUIDE, 'utf8');
const at = guide.indexOf(APPENDIX_HEADING);
if (at < 0) {
  console.error(`${STAFF_GUIDE.pathname} 中没有“${APPENDIX_HEADING}”这一节`);
  process.exit(1);
}
writeFileSync(STAFF_GUIDE, guide.slice(0, at) + accountsAppendix());
console.log(`已更新 docs/数据文件说明.md 的附录（科目表）。`);
