/**
 * A problem with the build's input folders or options, already worded for staff. Thrown by
 * the readers of src/build/ and printed as is (one message, no stack trace).
 */
export class BuildInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildInputError';
  }
}

/** What the file system said, in words staff understand. */
const FS_CODES: Record<string, string> = {
  ENOENT: '找不到这个文件或文件夹（如果它是一个链接，链接指向的文件已不存在）',
  EACCES: '没有读取或写入权限',
  EPERM: '操作系统不允许这个操作',
  ENOTDIR: '路径中有一段不是文件夹',
  EISDIR: '这里应为文件，实际是文件夹',
  ELOOP: '链接互相指向，形成了循环',
  ENOSPC: '磁盘空间已满',
  EROFS: '磁盘是只读的',
  EMFILE: '同时打开的文件太多',
  EXDEV: '不能跨磁盘移动文件夹',
  EBUSY: '文件或文件夹正被其他程序使用',
  ENAMETOOLONG: '文件名太长',
};

/**
 * Any exception of a build or check, as one Chinese sentence (never a stack trace): staff
 * messages pass through; file-system errors name the path and the reason; a stack overflow
 * (e.g. thousands of nested levels in a YAML file) says the data is nested too deeply.
 */
export function explainError(error: unknown): string {
  if (error instanceof BuildInputError) return error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return '数据嵌套层数过多，无法读取（例如 YAML 文件中括号或缩进嵌套了成百上千层）；请检查最近修改过的 union.yaml 等文件';
  }
  const e = error as { code?: unknown; path?: unknown; message?: unknown } | null;
  if (e && typeof e.code === 'string' && FS_CODES[e.code]) {
    const where = typeof e.path === 'string' ? `：${e.path}` : '';
    return `读写文件时出错${where}（${FS_CODES[e.code]}，${e.code}）`;
  }
  const message = e && typeof e.message === 'string' ? e.message : String(error);
  return `发生了意外错误：${message}`;
}
