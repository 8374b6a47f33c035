/**
 * A simple model of CPython's private heap that hands out addresses for
 * id(): 16-byte aligned blocks allocated upwards from a base that looks like
 * a 64-bit user-space address, with a free list per block size so that a
 * freed address is reused by the next object of the same size (as pymalloc
 * does, which keeps id() values realistic). It deliberately does not model
 * arenas, pools or size classes yet; the pymalloc model replaces it later.
 */

const BASE = 0x7f3a_1000_0000;
let top = BASE;
const freeLists = new Map<number, number[]>();
const blockOf = new Map<number, number>();
export const heapStats = { allocated: 0, freed: 0, liveBytes: 0 };

function blockSize(size: number): number {
  return Math.max(16, (size + 15) & ~15);
}

export function heapAlloc(size: number): number {
  const bs = blockSize(size);
  heapStats.allocated++;
  heapStats.liveBytes += bs;
  const fl = freeLists.get(bs);
  let addr: number;
  if (fl !== undefined && fl.length > 0) {
    addr = fl.pop()!;
  } else {
    addr = top;
    top += bs;
  }
  blockOf.set(addr, bs);
  return addr;
}

/** Returns a block to its size's free list. */
export function heapFree(addr: number): void {
  const bs = blockOf.get(addr);
  if (bs === undefined) return;
  blockOf.delete(addr);
  heapStats.freed++;
  heapStats.liveBytes -= bs;
  let fl = freeLists.get(bs);
  if (fl === undefined) {
    fl = [];
    freeLists.set(bs, fl);
  }
  fl.push(addr);
}
