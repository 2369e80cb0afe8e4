/**
 * Lines of UTF-8 text kept as bytes, each decoded when asked for, found by where it starts in
 * UTF-16 code units (as the gazetteer's build script counts, in JavaScript string lengths).
 * Kept as a string, the gazetteer's 9 MB of entry lines took 18 MB of heap: a few names outside
 * Latin-1 make V8 store all of it two bytes a character. A checkpoint every 4,096 bytes holds the
 * code units before it; they are counted in one pass over the bytes the first time a line is asked for.
 */
const BLOCK_BITS = 12;

export class Utf8Lines {
  /** For each block of 4,096 bytes, the code units of the characters that begin before it. */
  private unitsBefore: Float64Array | null = null;

  constructor(private readonly bytes: Buffer) {}

  /** The line that starts at this code unit. */
  lineAt(unit: number): string {
    const start = this.byteOf(unit);
    const end = this.bytes.indexOf(10, start);
    return this.bytes.toString('utf8', start, end < 0 ? this.bytes.length : end);
  }

  private byteOf(unit: number): number {
    const unitsBefore = (this.unitsBefore ??= countUnits(this.bytes));
    // the last block that begins at or before the unit, by halving
    let lo = 0;
    let hi = unitsBefore.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((unitsBefore[mid] as number) <= unit) lo = mid;
      else hi = mid - 1;
    }
    let byte = lo << BLOCK_BITS;
    while (byte < this.bytes.length && isContinuation(this.bytes[byte] as number)) byte++;
    for (let at = unitsBefore[lo] as number; at < unit && byte < this.bytes.length; ) {
      const lead = this.bytes[byte] as number;
      at += lead >= 0xf0 ? 2 : 1;
      byte += charBytes(lead);
    }
    return byte;
  }
}

function countUnits(bytes: Buffer): Float64Array {
  const unitsBefore = new Float64Array((bytes.length >>> BLOCK_BITS) + 1);
  // the bytes four at a time where the buffer allows it: most are ASCII, one code unit each
  const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2) : null;
  let units = 0;
  for (let block = 0; block < unitsBefore.length; block++) {
    unitsBefore[block] = units;
    const start = block << BLOCK_BITS;
    const end = Math.min(bytes.length, start + (1 << BLOCK_BITS));
    let byte = start;
    if (words) {
      const wordsEnd = end >>> 2;
      for (let w = start >>> 2; w < wordsEnd; w++) {
        const word = words[w] as number;
        units += (word & 0x80808080) === 0 ? 4 : unitsOf(word & 0xff) + unitsOf((word >>> 8) & 0xff) + unitsOf((word >>> 16) & 0xff) + unitsOf(word >>> 24);
      }
      byte = wordsEnd << 2;
    }
    for (; byte < end; byte++) units += unitsOf(bytes[byte] as number);
  }
  return unitsBefore;
}

// a character is one code unit, or two from four bytes on; continuation bytes count none
const unitsOf = (value: number): number => (value < 0x80 ? 1 : value < 0xc0 ? 0 : value >= 0xf0 ? 2 : 1);

const isContinuation = (value: number): boolean => value >= 0x80 && value < 0xc0;
// the bytes of a UTF-8 character, by its first byte (a stray continuation byte counts as one)
const charBytes = (lead: number): number => (lead < 0xc0 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4);
