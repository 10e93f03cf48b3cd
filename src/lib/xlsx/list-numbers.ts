/** Ascending row numbers as staff read a list: [3, 5, 6, 7, 10] → "3、5–7、10". */
export function listNumbers(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join('、'));
    i = j + 1;
  }
  return parts.join('、');
}
