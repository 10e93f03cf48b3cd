/** Two-character surnames (复姓) kept whole when a name is masked. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '闻人',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '端木',
  '西门',
  '南宫',
  '呼延',
  '独孤',
  '万俟',
  '赫连',
]);

/**
 * Masks a person's name for a public notice (公示): the surname stays, the given name
 * is hidden except for its last character when it has two or more. 张三 → 张*,
 * 张小三 → 张*三, 欧阳小明 → 欧阳*明, 欧阳明 → 欧阳*, 张三丰年 → 张**年. A name written
 * with a middle dot (艾力·买买提) keeps its first and last character. The result never
 * equals the input for a name of two or more characters; a single character becomes "*".
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.includes('·') || chars.includes('•')) {
    return chars[0] + '*'.repeat(Math.max(1, chars.length - 2)) + (chars.length > 2 ? chars.at(-1) : '');
  }
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1;
  const given = chars.slice(surnameLength);
  const surname = chars.slice(0, surnameLength).join('');
  if (given.length === 1) return `${surname}*`;
  return surname + '*'.repeat(given.length - 1) + given.at(-1);
}
