/**
 * Characters never allowed in a published text cell: C0 controls except tab, line feed and
 * carriage return (NUL, BEL, ESC…), DEL, C1 controls, and the invisible bidirectional
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that can make a cell
 * read differently from what it holds (U+202E turns "gpj.exe" around).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** True when the text holds a character of {@link CONTROL}. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** The text with every control character shown as 〔U+202E〕, so a message never hides or reorders text. */
export function showControlCharacters(text: string): string {
  return text.replace(
    new RegExp(CONTROL.source, 'g'),
    (c) => `〔U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}〕`,
  );
}

/** The first control character of the text: its 1-based character position and its name (U+202E 从右到左覆盖). */
export function firstControlCharacter(text: string): { position: number; name: string } | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return { position: match.index + 1, name: `U+${hex}${CONTROL_NAMES[code] ? ` ${CONTROL_NAMES[code]}` : ''}` };
}

const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x0000: '空字符 NUL',
  0x001b: '转义符 ESC',
  0x007f: '删除符 DEL',
  0x061c: '阿拉伯文字标记',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x202a: '从左到右嵌入',
  0x202b: '从右到左嵌入',
  0x202c: '方向格式结束',
  0x202d: '从左到右覆盖',
  0x202e: '从右到左覆盖',
  0x2066: '从左到右隔离',
  0x2067: '从右到左隔离',
  0x2068: '首字符方向隔离',
  0x2069: '方向隔离结束',
};
