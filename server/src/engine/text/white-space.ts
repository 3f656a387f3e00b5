/**
 * The UTF-16 code units that `\s` matches in a regex, for the character tables that must agree
 * with it (word counting, where a URL ends). test/property/words.test.ts checks every code unit.
 */
export const WHITE_SPACE_CODES: readonly number[] = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i)];
